// The service a therapy minute amount belongs to: labels on a line (a CPT
// code written out, service words, untimed words) and the choice among them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "detect/mentions.h"
#include "lexicon/codebook.h"

namespace notelint::facts {

struct Label {
  int32_t begin = 0, end = 0;
  std::string code;      // timed or untimed CPT code, "untimed", or ""
  bool literal = false;  // a 5-digit code written out
};

bool IsTimed(const lexicon::CodeBook& book, const std::string& code);

// Labels on normalized range [lb, le): literal 5-digit codes, service words, untimed words.
std::vector<Label> LabelsOnLine(const detect::Analysis& a, const lexicon::CodeBook& book, int32_t lb, int32_t le);

// The label a minute amount at `pos` belongs to: a code written on the line,
// else the nearest label before it, else the nearest after it; null when none.
const Label* Attribute(const std::vector<Label>& labels, int32_t pos);

inline bool LineSays(std::string_view line, std::string_view w) { return line.find(w) != std::string_view::npos; }

}  // namespace notelint::facts
