// Span: a half-open range [start, end) of Unicode code points in the ORIGINAL note text.
#pragma once

#include <cstdint>

namespace notelint {

struct Span {
  int32_t start = 0;
  int32_t end = 0;
  bool empty() const { return end <= start; }
};

}  // namespace notelint
