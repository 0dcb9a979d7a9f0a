// CheckUtf8: decides whether raw bytes can be read as a note (valid UTF-8, no NUL).
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace notelint::text {

// Ok when `bytes` is valid UTF-8 without NUL bytes; otherwise an Invalid status
// whose message says what is wrong and at which byte offset (0-based).
Status CheckUtf8(std::string_view bytes);

}  // namespace notelint::text
