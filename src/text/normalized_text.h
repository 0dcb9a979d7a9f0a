// NormalizedText: the lower-case, NFKC-folded text all matching runs on, with a map
// from each of its bytes back to a code point of the original note.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace notelint::text {

struct NormalizedText {
  std::string text;              // normalized UTF-8 (mostly ASCII)
  std::vector<int32_t> to_orig;  // size text.size() + 1; original code point of each byte

  // Original code-point span of normalized bytes [b, e).
  Span OrigSpan(size_t b, size_t e) const {
    if (e <= b) return Span{to_orig[b], to_orig[b]};
    return Span{to_orig[b], to_orig[e - 1] + 1};
  }
  std::string_view View(size_t b, size_t e) const { return std::string_view(text).substr(b, e - b); }
};

}  // namespace notelint::text
