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
              {"codes", CodesToJson(r.codes)},
              {"supported", r.supported},
              {"findings", findings},
              {"facts", r.facts}};
}

namespace {

// One JSON string, escaped by nlohmann's serializer (invalid UTF-8 replaced).
void AppendString(std::string& out, std::string_view s) {
  // Printable ASCII without quotes or backslashes needs no escaping (the
  // common case); anything else goes through nlohmann's serializer.
  bool plain = std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
  if (!plain) {
    out += json(s).dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  out += '"';
  out += s;
  out += '"';
}

void AppendKey(std::string& out, const char* key) {  // keys are plain ASCII
  out += '"';
  out += key;
  out += "\":";
}

}  // namespace

// The same bytes as NoteToJson(r).dump() (keys in sorted order), written
// straight into one buffer: no document tree is built per note.
void WriteJsonl(std::ostream& out, const NoteResult& r) {
  std::string buf;
  buf.reserve(4096);
  buf += '{';
  AppendKey(buf, "codes");
  buf += CodesToJson(r.codes).dump(-1, ' ', false, json::error_handler_t::replace);
  buf += ',';
  AppendKey(buf, "facts");
  buf += r.facts.dump(-1, ' ', false, json::error_handler_t::replace);
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
      AppendString(buf, f.code);
    buf += ',';
    for (auto [key, value] : {std::pair<const char*, std::string_view>{"help", f.help},
                              {"message", f.message},
                              {"rule", f.rule},
                              {"severity", SeverityName(f.severity)}}) {
      AppendKey(buf, key);
      AppendString(buf, value);
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
  AppendString(buf, r.id);
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
