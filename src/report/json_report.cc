// JSON and JSONL output (values and escaping by nlohmann::json).
#include <algorithm>

#include "report/facts_json.h"
#include "report/reporters.h"

namespace notelint::report {

using nlohmann::json;

void Summary::Add(const NoteResult& r) {
  ++notes;
  if (!r.supported) ++unsupported;
  for (const Finding& f : r.findings) {
    if (f.severity == Severity::kError)
      ++errors;
    else if (f.severity == Severity::kWarning)
      ++warnings;
    else
      ++infos;
  }
}

namespace {

json CodesJson(const std::vector<CodeSpec>& codes) {
  std::string text;
  AppendCodesJson(text, codes);
  return json::parse(text);
}

}  // namespace

json NoteToJson(const NoteResult& r) {
  json findings = json::array();
  for (const Finding& f : r.findings) {
    json fj = {{"rule", f.rule},
               {"severity", std::string(SeverityName(f.severity))},
               {"code", f.code.empty() ? json(nullptr) : json(f.code)},
               {"message", f.message},
               {"help", f.help}};
    LineCol s{1, 1}, e{1, 1};
    if (r.source) {
      s = r.source->Position(f.span.start);
      e = r.source->Position(f.span.end);
    }
    fj["span"] = {{"start", f.span.start}, {"end", f.span.end},  {"line", s.line},
                  {"column", s.column},    {"end_line", e.line}, {"end_column", e.column}};
    findings.push_back(fj);
  }
  return json{{"id", r.id},
              {"codes", CodesJson(r.codes)},
              {"supported", r.supported},
              {"findings", findings},
              {"facts", json::parse(r.facts_json)}};
}

namespace {

void AppendKey(std::string& out, const char* key) {  // keys are plain ASCII
  out += '"';
  out += key;
  out += "\":";
}

}  // namespace

// The same bytes as NoteToJson(r).dump() (keys in sorted order), written
// straight into one buffer: no document tree is built per note.
void WriteJsonl(std::ostream& out, const NoteResult& r) {
  thread_local std::string buf;  // one record; reused from note to note
  buf.clear();
  buf += '{';
  AppendKey(buf, "codes");
  AppendCodesJson(buf, r.codes);
  buf += ',';
  AppendKey(buf, "facts");
  buf += r.facts_json;
  buf += ',';
  AppendKey(buf, "findings");
  buf += '[';
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const Finding& f = r.findings[i];
    if (i) buf += ',';
    buf += '{';
    AppendKey(buf, "code");
    if (f.code.empty())
      buf += "null";
    else
      AppendJsonString(buf, f.code);
    buf += ',';
    for (auto [key, value] : {std::pair<const char*, std::string_view>{"help", f.help},
                              {"message", f.message},
                              {"rule", f.rule},
                              {"severity", SeverityName(f.severity)}}) {
      AppendKey(buf, key);
      AppendJsonString(buf, value);
      buf += ',';
    }
    LineCol st{1, 1}, en{1, 1};
    if (r.source) {
      st = r.source->Position(f.span.start);
      en = r.source->Position(f.span.end);
    }
    AppendKey(buf, "span");
    buf += "{\"column\":" + std::to_string(st.column) + ",\"end\":" + std::to_string(f.span.end) +
           ",\"end_column\":" + std::to_string(en.column) + ",\"end_line\":" + std::to_string(en.line) +
           ",\"line\":" + std::to_string(st.line) + ",\"start\":" + std::to_string(f.span.start) + "}}";
  }
  buf += "],";
  AppendKey(buf, "id");
  AppendJsonString(buf, r.id);
  buf += ',';
  AppendKey(buf, "supported");
  buf += r.supported ? "true" : "false";
  buf += "}\n";
  out << buf;
}

void WriteJson(std::ostream& out, const std::vector<NoteResult>& results) {
  json notes = json::array();
  Summary sum;
  for (const NoteResult& r : results) {
    notes.push_back(NoteToJson(r));
    sum.Add(r);
  }
  json doc = {{"notes", notes},
              {"summary",
               {{"notes", sum.notes},
                {"unsupported", sum.unsupported},
                {"errors", sum.errors},
                {"warnings", sum.warnings},
                {"infos", sum.infos}}}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace notelint::report
