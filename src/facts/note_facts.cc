// BuildFacts: billed codes, then wounds, debridement/NPWT and therapy facts.
#include "facts/note_facts.h"

#include <algorithm>

namespace notelint::facts {

bool NoteFacts::Billed(std::string_view code) const { return Find(code) != nullptr; }

const CodeSpec* NoteFacts::Find(std::string_view code) const {
  for (const CodeSpec& c : billed)
    if (c.code == code) return &c;
  return nullptr;
}

bool NoteFacts::BilledIn(const lexicon::CodeBook& book, std::string_view group) const {
  return std::any_of(billed.begin(), billed.end(), [&](const CodeSpec& c) { return book.InGroup(c.code, group); });
}

bool NoteFacts::HasKey(const std::vector<Located>& list, std::string_view key) const {
  return std::any_of(list.begin(), list.end(), [&](const Located& l) { return l.key == key; });
}

int DepthRank(std::string_view depth) {
  static constexpr std::string_view kOrder[] = {"epidermis", "dermis", "subcutaneous", "fascia", "muscle", "bone"};
  for (int i = 0; i < 6; ++i)
    if (kOrder[i] == depth) return i;
  return -1;
}

NoteFacts BuildFacts(const detect::Analysis& a, const lexicon::CodeBook& book, const BuildOptions& options) {
  NoteFacts f;
  f.analysis = &a;
  if (!options.codes.empty()) {
    f.billed = MergeCodeSpecs(options.codes);
    f.code_source = options.given_source;
  } else if (!a.charge_lines.empty()) {
    std::vector<CodeSpec> all;
    for (const auto& cl : a.charge_lines) all.insert(all.end(), cl.codes.begin(), cl.codes.end());
    f.billed = MergeCodeSpecs(all);
    f.code_source = CodeSource::kChargeLine;
    f.charge_line_at = a.charge_lines.front().begin;
  }
  AssembleDebridement(a, f);
  AssembleWounds(a, f);
  AssembleTherapy(a, book, f);
  return f;
}

}  // namespace notelint::facts
