// RuleTester implementation: one Engine per (codes, timed rule) configuration.
#include "rule_tester.h"

#include <cstdlib>
#include <map>
#include <mutex>

namespace notelint::testing {

report::NoteResult Lint(const std::string& note, const std::string& codes, const std::string& timed_rule) {
  static std::mutex mu;
  static std::map<std::string, std::pair<std::unique_ptr<app::Options>, std::unique_ptr<app::Engine>>> engines;
  std::lock_guard<std::mutex> lock(mu);
  setenv("NOTELINT_DATA_DIR", NOTELINT_SOURCE_DIR, 1);
  std::string key = codes + "|" + timed_rule;
  auto it = engines.find(key);
  if (it == engines.end()) {
    std::vector<std::string> args = {"notelint", "check", "--timed-rule", timed_rule};
    if (!codes.empty()) {
      args.push_back("-c");
      args.push_back(codes);
    }
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    auto opts = app::ParseOptions(static_cast<int>(argv.size()), argv.data());
    REQUIRE_MESSAGE(opts.ok(), opts.status().message());
    auto o = std::make_unique<app::Options>(opts.value());
    auto engine = app::Engine::Create(*o);
    REQUIRE_MESSAGE(engine.ok(), engine.status().message());
    it = engines.emplace(key, std::make_pair(std::move(o), std::move(engine.value()))).first;
  }
  app::InputNote in;
  in.id = "note";
  in.text = note;
  return it->second.second->Lint(in);
}

std::vector<Finding> FindingsOf(const report::NoteResult& r, const std::string& rule) {
  std::vector<Finding> out;
  for (const Finding& f : r.findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

std::optional<Severity> FirstSeverity(const std::string& note, const std::string& codes, const std::string& rule) {
  auto found = FindingsOf(Lint(note, codes), rule);
  if (found.empty()) return std::nullopt;
  return found.front().severity;
}

void RunRuleTests(const std::string& rule, const std::vector<Valid>& valid, const std::vector<Invalid>& invalid) {
  for (size_t i = 0; i < valid.size(); ++i) {
    CAPTURE(i);
    CAPTURE(valid[i].note);
    auto r = Lint(valid[i].note, valid[i].codes, valid[i].timed_rule);
    CHECK_MESSAGE(FindingsOf(r, rule).empty(), rule << " fired on a valid case #" << i);
  }
  for (size_t i = 0; i < invalid.size(); ++i) {
    CAPTURE(i);
    CAPTURE(invalid[i].note);
    auto r = Lint(invalid[i].note, invalid[i].codes, invalid[i].timed_rule);
    auto found = FindingsOf(r, rule);
    CHECK_MESSAGE(!found.empty(), rule << " did not fire on invalid case #" << i);
    if (found.empty() || !invalid[i].line) continue;
    LineCol at = r.source->Position(found.front().span.start);
    CHECK(at.line == invalid[i].line);
    if (invalid[i].column) CHECK(at.column == invalid[i].column);
  }
}

}  // namespace notelint::testing
