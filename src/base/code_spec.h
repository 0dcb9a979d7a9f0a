// CodeSpec: a billed code as written by a user ("97110-GP-59x3") and its parser.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace notelint {

struct CodeSpec {
  std::string code;  // "97110"
  int units = 1;
  std::vector<std::string> modifiers;  // upper case, e.g. {"GP", "59"}

  bool HasModifier(std::string_view m) const;
};

// Parses one spec: CODE[-MOD[-MOD]][xUNITS]; "x" may be "*" or " x ".
// Modifiers may also follow in parentheses: "97110 x2 (GP)".
Result<CodeSpec> ParseCodeSpec(std::string_view spec);

// Parses a comma-separated list of specs; fails on the first bad one.
Result<std::vector<CodeSpec>> ParseCodeList(std::string_view list);

// Merges specs of the same code (adds units, unions modifiers), keeping first order.
std::vector<CodeSpec> MergeCodeSpecs(const std::vector<CodeSpec>& specs);

}  // namespace notelint
