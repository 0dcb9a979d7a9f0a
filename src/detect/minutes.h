// Treatment minutes in therapy notes: "x 23 min", "23'", "0905-0935", "9:05 to 9:35",
// "Total timed code minutes: 38", each with the words in front of it.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "detect/context.h"

namespace notelint::detect {

enum class MinuteKind { kService, kClockRange, kTimedTotal, kTreatmentTotal, kTimeIn, kTimeOut };

struct MinuteMention {
  int32_t begin = 0, end = 0;  // normalized bytes of the number (and unit)
  int minutes = 0;             // for kTimeIn/kTimeOut: minutes since midnight
  MinuteKind kind = MinuteKind::kService;
  int sentence = 0;
  Context ctx;
};

// A duration written at `pos` (after spaces and tabs): "38", "38 min", "1 hr",
// "1.5 hrs", "1 hr 10 min", "1 hour and 5 minutes"; hours become minutes. The
// number must be whole (not the first digits of a longer one). nullopt when no
// duration starts there.
struct Duration {
  int minutes = 0;
  size_t end = 0;      // just after the last number or unit read
  bool hours = false;  // written with an hour unit
};
std::optional<Duration> ReadDuration(std::string_view text, size_t pos);

// Minute amounts ("23 min", "23 minutes", "23'", "(28 min)", "x23min") and clock
// ranges ("0905-0935", "9:05 to 9:35"). Kinds other than kService/kClockRange are
// set by the caller from the labels in front (lexicon "minutes_labels").
std::vector<MinuteMention> FindMinuteAmounts(std::string_view text);

}  // namespace notelint::detect
