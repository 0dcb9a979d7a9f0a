// Running rules, applying configuration, mapping spans to the original text.
#include "rules/linter.h"

#include <algorithm>

namespace notelint::rules {

Linter::Linter(const Registry& registry, const lexicon::CodeBook& book, const lexicon::TemplateSet& templates,
               LintConfig config)
    : registry_(registry), book_(book), templates_(templates), config_(std::move(config)) {}

bool Linter::Enabled(const std::string& id) const { return !config_.disabled.count(id) || config_.enabled.count(id); }

Severity Linter::SeverityOf(const Rule& rule, Severity reported) const {
  auto it = config_.severity.find(rule.id);
  if (it != config_.severity.end()) return it->second;
  return reported;
}

std::vector<Finding> Linter::Run(const detect::Analysis& a, const facts::NoteFacts& f) const {
  RuleContext ctx{a, f, book_, templates_, config_.timed_rule};
  std::vector<RawFinding> raw;
  for (const Rule& rule : registry_.rules()) {
    if (!rule.check || !Enabled(rule.id)) continue;
    Emitter em(rule.id, rule.severity, rule.help, raw);
    size_t before = raw.size();
    rule.check(ctx, em);
    for (size_t i = before; i < raw.size(); ++i) raw[i].severity = SeverityOf(rule, raw[i].severity);
  }
  std::vector<Finding> out;
  out.reserve(raw.size());
  for (RawFinding& r : raw) {
    Finding fd;
    fd.rule = std::move(r.rule);
    fd.severity = r.severity;
    fd.code = std::move(r.code);
    fd.message = std::move(r.message);
    fd.help = std::move(r.help);
    if (r.begin >= 0) fd.span = a.norm.OrigSpan(r.begin, std::max(r.begin + 1, r.end));
    out.push_back(std::move(fd));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding& x, const Finding& y) { return x.span.start < y.span.start; });
  return out;
}

bool Supported(const facts::NoteFacts& facts, const std::vector<Finding>& findings) {
  for (const Finding& fd : findings) {
    if (fd.rule == "input.invalid") return false;
    if (fd.severity == Severity::kError && !fd.code.empty() && facts.Billed(fd.code)) return false;
  }
  return true;
}

}  // namespace notelint::rules
