// Wound measurements in every common written form, converted to centimetres.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "detect/context.h"

namespace notelint::detect {

enum class MeasureStage { kUnknown, kPre, kPost, kDebridedArea };

struct Measurement {
  int32_t begin = 0, end = 0;                           // normalized bytes
  double length_cm = -1, width_cm = -1, depth_cm = -1;  // -1: not given
  double area_cm2 = -1;                                 // stated area, or length x width
  bool stated_area = false;                             // "area 6.7 cm2"
  MeasureStage stage = MeasureStage::kUnknown;
  int sentence = 0;  // set by the Detector
  Context ctx;       // set by the Detector
  bool has_size() const { return area_cm2 >= 0; }
};

// Finds "3.2 x 2.1 x 0.4 cm", "3.2cm x 2.1cm", "32 x 21 mm", "3.2 by 2.1",
// "L 3.2 W 2.1 D 0.4", "Length (cm): 5.0 Width (cm): 3.5", "area 6.7 cm2",
// "12 sq cm", ".5 cm", inches ("2 x 1.5 in"), "3.2 cm (L) x 2.1 cm (W)", and
// the rows of an exported table whose header names L, W (and D) columns
// ("| Location | L (cm) | W (cm) | D (cm) |"). A bare "3 x 10" (sets x reps)
// without a unit or a decimal point is not a measurement. The stage (pre/post
// debridement, area debrided) is read from the words just before it.
// Thread-safe; patterns are compiled once.
std::vector<Measurement> FindMeasurements(std::string_view text);

}  // namespace notelint::detect
