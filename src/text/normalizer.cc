// NFKC case folding with ICU, one code point at a time so every output byte
// keeps the index of the code point it came from.
#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace notelint::text {
namespace {

// Clinical-text mappings NFKC does not do. Returns nullptr when none applies.
const char* SpecialMapping(UChar32 c) {
  switch (c) {
    case 0x00D7:
      return "x";  // multiplication sign
    case 0x2715:
    case 0x2716:
      return "x";
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x2033:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return "-";
    case 0x2022:
    case 0x25CF:
    case 0x25AA:
    case 0x2023:
      return "-";  // bullets
    case 0x2610:
    case 0x25A1:
      return "[ ]";  // empty ballot box
    case 0x2611:
    case 0x2612:
    case 0x2713:
    case 0x2714:
    case 0x25A0:
      return "[x]";
    case 0x00A0:
    case 0x2007:
    case 0x202F:
    case 0x3000:
      return " ";
    case 0x00B0:
      return " deg";
    case 0x00B5:
      return "u";
    case 0xFEFF:
    case 0x200B:
    case 0x200C:
    case 0x200D:
      return "";
    default:
      return nullptr;
  }
}

}  // namespace

NormalizedText Normalize(const SourceText& src) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  NormalizedText out;
  const std::string& in = src.bytes();
  out.text.reserve(in.size());
  out.to_orig.reserve(in.size() + 1);
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const int32_t n = static_cast<int32_t>(in.size());
  int32_t i = 0;
  int32_t cp_index = 0;
  std::string buf;
  auto emit = [&](std::string_view piece) {
    out.text.append(piece);
    out.to_orig.insert(out.to_orig.end(), piece.size(), cp_index);
  };
  while (i < n) {
    // A run of plain ASCII (no CR): lowercased and mapped in one go.
    int32_t j = i;
    while (j < n && s[j] < 0x80 && s[j] != '\r') ++j;
    if (j > i) {
      size_t t = out.text.size(), o = out.to_orig.size();
      out.text.resize(t + (j - i));
      out.to_orig.resize(o + (j - i));
      char* tp = out.text.data() + t;
      int32_t* op = out.to_orig.data() + o;
      for (int32_t k = i; k < j; ++k) {
        uint8_t b = s[k];
        *tp++ = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
        *op++ = cp_index++;
      }
      i = j;
      continue;
    }
    uint8_t b = s[i];
    if (b < 0x80) {
      ++i;
      if (b == '\r') {
        // dropped: CRLF and lone CR both end a line as "\n" for matching
        if (i < n && s[i] == '\n') {
          ++cp_index;
          continue;
        }
        b = '\n';
      }
      char c = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      out.text.push_back(c);
      out.to_orig.push_back(cp_index);
      ++cp_index;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    if (const char* special = SpecialMapping(c)) {
      emit(special);
    } else if (U_SUCCESS(status)) {
      UErrorCode err = U_ZERO_ERROR;
      icu::UnicodeString folded = nfkc_cf->normalize(icu::UnicodeString(c), err);
      buf.clear();
      if (U_SUCCESS(err)) folded.toUTF8String(buf);
      // Any space-like code point becomes a plain space.
      if (buf.size() == 1 && (buf[0] == ' ' || buf[0] == '\t')) buf = " ";
      emit(buf);
    }
    ++cp_index;
  }
  out.to_orig.push_back(cp_index);
  return out;
}

}  // namespace notelint::text
