// JSON and JSONL output (nlohmann::json; never string concatenation).
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

void WriteJsonl(std::ostream& out, const NoteResult& r) {
  out << NoteToJson(r).dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
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
