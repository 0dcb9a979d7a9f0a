// Charge lines inside a note ("CPT: 97597, 97598 x2", "Billed: 97110 x2 (GP)",
// "Charges - 11042 / 97597-XS"): the billed codes when none are given.
#pragma once

#include <string_view>
#include <vector>

#include "base/code_spec.h"

namespace notelint::detect {

struct ChargeLine {
  int32_t begin = 0, end = 0;  // normalized bytes of the line
  std::vector<CodeSpec> codes;
};

// Lines that start with a charge label (cpt, billed, charges, codes billed ...)
// followed by five-digit codes. A code in a heading or prose is not a charge.
std::vector<ChargeLine> FindChargeLines(std::string_view text);

}  // namespace notelint::detect
