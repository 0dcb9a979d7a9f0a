// SARIF 2.1.0 log: tool.driver with every rule, one result per finding.
#include "report/reporters.h"

namespace notelint::report {

using nlohmann::json;

void WriteSarif(std::ostream& out, const std::vector<NoteResult>& results, const rules::Registry& registry,
                const char* version) {
  json rules = json::array();
  for (const auto& r : registry.rules())
    rules.push_back({{"id", r.id},
                     {"shortDescription", {{"text", r.summary}}},
                     {"fullDescription", {{"text", r.summary}}},
                     {"help", {{"text", r.help}}},
                     {"defaultConfiguration",
                      {{"level", r.severity == Severity::kInfo ? "note" : std::string(SeverityName(r.severity))}}}});
  json res = json::array();
  for (const NoteResult& n : results)
    for (const Finding& f : n.findings) {
      LineCol s{1, 1}, e{1, 1};
      if (n.source) {
        s = n.source->Position(f.span.start);
        e = n.source->Position(f.span.end);
      }
      res.push_back(
          {{"ruleId", f.rule},
           {"level", f.severity == Severity::kInfo ? "note" : std::string(SeverityName(f.severity))},
           {"message", {{"text", f.message}}},
           {"locations", json::array({{{"physicalLocation",
                                        {{"artifactLocation", {{"uri", n.id}}},
                                         {"region",
                                          {{"startLine", s.line},
                                           {"startColumn", s.column},
                                           {"endLine", e.line},
                                           {"endColumn", std::max(e.column, s.column + (e.line == s.line ? 1 : 0))},
                                           {"charOffset", f.span.start},
                                           {"charLength", f.span.end - f.span.start}}}}}}})}});
    }
  json log = {{"version", "2.1.0"},
              {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"runs", json::array({{{"tool",
                                      {{"driver",
                                        {{"name", "notelint"},
                                         {"version", version},
                                         {"informationUri", "https://example.invalid/notelint"},
                                         {"rules", rules}}}}},
                                     {"columnKind", "unicodeCodePoints"},
                                     {"results", res}}})}};
  out << log.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace notelint::report
