// UTF-8 validation with ICU's decoding macros (no conversion, no allocation).
#include "text/utf8_check.h"

#include <unicode/utf8.h>

#include <cstring>

namespace notelint::text {

Status CheckUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < n) {
    // Fast path: eight ASCII bytes, none of them NUL.
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      bool ascii = (w & 0x8080808080808080ULL) == 0;
      bool has_zero = ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) != 0;
      if (ascii && !has_zero) {
        i += 8;
        continue;
      }
    }
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", s[at]);
      return Status::Invalid("invalid UTF-8 at byte " + std::to_string(at) + " (byte " + hex +
                             "); save the note as UTF-8");
    }
    if (c == 0) return Status::Invalid("NUL byte at byte " + std::to_string(at) + "; the note is not plain text");
  }
  return Status::Ok();
}

}  // namespace notelint::text
