// Emitter and span helpers shared by the rules.
#include "rules/rule.h"

namespace notelint::rules {

void Emitter::Report(std::string_view code, std::string message, int32_t begin, int32_t end) {
  ReportWith(severity_, code, std::move(message), begin, end);
}

void Emitter::ReportWith(Severity severity, std::string_view code, std::string message, int32_t begin, int32_t end) {
  out_.push_back(RawFinding{std::string(rule_), severity, std::string(code), std::move(message), std::string(help_),
                            begin, end < begin ? begin : end});
}

Where SentenceAt(const detect::Analysis& a, int32_t pos) {
  if (pos < 0 || a.seg.sentences.empty()) return {};
  const auto& s = a.SentenceOf(pos);
  int32_t b = s.begin, e = s.end;
  while (b < e && (a.norm.text[b] == ' ' || a.norm.text[b] == '\t')) ++b;
  return Where{b, e};
}

std::string FirstBilled(const RuleContext& ctx, std::string_view group) {
  for (const CodeSpec& c : ctx.facts.billed)
    if (ctx.book.InGroup(c.code, group)) return c.code;
  return "";
}

std::string BilledList(const RuleContext& ctx, std::string_view group) {
  std::string out;
  for (const CodeSpec& c : ctx.facts.billed)
    if (ctx.book.InGroup(c.code, group)) out += (out.empty() ? "" : "/") + c.code;
  return out;
}

}  // namespace notelint::rules
