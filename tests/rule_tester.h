// RuleTester: ESLint-style tables for one rule: notes that must fire it (with the
// expected line and column) and notes that must stay silent.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/engine.h"

namespace notelint::testing {

struct Invalid {  // must fire
  std::string note;
  std::string codes;  // "-c" list; "" = none given
  int line = 0;       // expected line of the first finding of the rule (0: not checked)
  int column = 0;
  std::string timed_rule = "cms";
};

struct Valid {  // must stay silent
  std::string note;
  std::string codes;
  std::string timed_rule = "cms";
};

// Lints `note` with the built-in data of the source tree.
report::NoteResult Lint(const std::string& note, const std::string& codes, const std::string& timed_rule = "cms");

// Runs every case against `rule`, one doctest SUBCASE per case.
void RunRuleTests(const std::string& rule, const std::vector<Valid>& valid, const std::vector<Invalid>& invalid);

// Findings of `rule` in a result.
std::vector<Finding> FindingsOf(const report::NoteResult& r, const std::string& rule);

// Severity of the first finding of `rule` for `note` billed `codes`, or nothing.
std::optional<Severity> FirstSeverity(const std::string& note, const std::string& codes, const std::string& rule);

}  // namespace notelint::testing
