// Catalog checks: every rule of the catalog exists with docs and RuleTester cases,
// lexicon phrases are not duplicated, and all data files load and compile.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lexicon/codebook.h"
#include "lexicon/lexicon_set.h"
#include "lexicon/phrase_matcher.h"
#include "lexicon/templates.h"
#include "rules/registry.h"

namespace {

const char* kCatalog[] = {"input.invalid",
                          "codes.none",
                          "codes.unknown",
                          "codes.addon-without-primary",
                          "codes.pair-conflict",
                          "wound.location-missing",
                          "wound.location-vague",
                          "wound.laterality-missing",
                          "wound.size-missing",
                          "wound.depth-missing",
                          "wound.assessment-incomplete",
                          "necessity.missing",
                          "service.not-documented",
                          "debridement.dressing-only",
                          "debridement.tissue-removed-missing",
                          "debridement.instrument-missing",
                          "debridement.depth-missing",
                          "debridement.depth-code-mismatch",
                          "debridement.method-mismatch",
                          "debridement.technique-missing",
                          "debridement.post-measure-missing",
                          "units.area-mismatch",
                          "npwt.settings-missing",
                          "npwt.device-mismatch",
                          "time.minutes-missing",
                          "time.code-minutes-missing",
                          "time.units-exceed-minutes",
                          "time.allocation-mismatch",
                          "time.total-missing",
                          "therex.parameters-missing",
                          "skill.missing",
                          "goal.missing",
                          "selfcare.adl-missing",
                          "selfcare.capacity-missing",
                          "group.one-on-one-conflict",
                          "template.vague-phrase"};

std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("every catalog rule exists with a summary and help and RuleTester cases") {
  std::string tests;
  for (const auto& de : std::filesystem::directory_iterator(std::string(NOTELINT_SOURCE_DIR) + "/tests"))
    if (de.path().filename().string().rfind("rules_", 0) == 0) tests += ReadAll(de.path());
  for (const char* id : kCatalog) {
    CAPTURE(id);
    const auto* rule = notelint::rules::Registry::Builtin().Find(id);
    REQUIRE(rule != nullptr);
    CHECK_FALSE(rule->summary.empty());
    CHECK(rule->help.size() > 40);
    CHECK(tests.find(std::string("\"") + id + "\"") != std::string::npos);
  }
}

TEST_CASE("lexicons load and compile and hold no phrase twice in one file") {
  std::string dir = std::string(NOTELINT_SOURCE_DIR) + "/lexicons";
  auto set = notelint::lexicon::LexiconSet::Load({dir});
  REQUIRE_MESSAGE(set.ok(), set.status().message());
  for (const auto& [name, cat] : set.value().categories()) {
    std::set<std::string> seen;
    for (const auto& e : cat.entries)
      for (const auto& p : e.phrases) {
        CAPTURE(e.origin);
        CAPTURE(p);
        CHECK(seen.insert(notelint::lexicon::CompactPhrase(p)).second);
      }
  }
  auto templates = notelint::lexicon::TemplateSet::Load({std::string(NOTELINT_SOURCE_DIR) + "/templates"});
  REQUIRE_MESSAGE(templates.ok(), templates.status().message());
  CHECK(templates.value().templates().size() >= 10);
  auto book = notelint::lexicon::CodeBook::Load(dir + "/codebook/codebook.txt");
  REQUIRE_MESSAGE(book.ok(), book.status().message());
  CHECK(book.value().Find("97597") != nullptr);
}

TEST_CASE("a lexicon error names its file and line") {
  auto bad = notelint::lexicon::ParseLexicon("x", "x.txt", "# comment\nno colon here\n");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("x.txt:2") != std::string::npos);
}
