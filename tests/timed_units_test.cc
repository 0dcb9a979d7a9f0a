// Timed-code arithmetic (codebook.md, "Timed arithmetic"): the CMS ladder, the
// CMS allocation across codes and the AMA per-code ladder, on the worked examples.
#include "rules/timed_units.h"

#include <doctest/doctest.h>

#include <map>
#include <string>

using notelint::rules::AmaUnits;
using notelint::rules::CmsAllocation;
using notelint::rules::UnitsForMinutes;

using Split = std::map<std::string, int>;

TEST_CASE("UnitsForMinutes follows the 8-minute ladder") {
  for (int m = 0; m <= 7; ++m) CHECK_MESSAGE(UnitsForMinutes(m) == 0, m << " min");
  CHECK(UnitsForMinutes(8) == 1);
  CHECK(UnitsForMinutes(15) == 1);
  CHECK(UnitsForMinutes(22) == 1);
  CHECK(UnitsForMinutes(23) == 2);
  CHECK(UnitsForMinutes(37) == 2);
  CHECK(UnitsForMinutes(38) == 3);
  CHECK(UnitsForMinutes(52) == 3);
  CHECK(UnitsForMinutes(53) == 4);
  CHECK(UnitsForMinutes(67) == 4);
  CHECK(UnitsForMinutes(68) == 5);
  CHECK(UnitsForMinutes(82) == 5);
  CHECK(UnitsForMinutes(83) == 6);
  CHECK(UnitsForMinutes(97) == 6);
  CHECK(UnitsForMinutes(98) == 7);
  CHECK(UnitsForMinutes(112) == 7);
  CHECK(UnitsForMinutes(113) == 8);
  CHECK(UnitsForMinutes(127) == 8);
  // floor((T + 7) / 15) everywhere from 8 on
  for (int m = 8; m <= 240; ++m) CHECK_MESSAGE(UnitsForMinutes(m) == (m + 7) / 15, m << " min");
}

TEST_CASE("CmsAllocation reproduces the worked examples") {
  // 97112 24 + 97110 23 (47 min, 3 units) -> 97112 x2, 97110 x1
  CHECK(CmsAllocation({{"97112", 24}, {"97110", 23}}) == Split{{"97112", 2}, {"97110", 1}});
  // 97110 33 + 97140 7 (40 min, 3 units) -> 97110 x2, 97140 x1
  CHECK(CmsAllocation({{"97110", 33}, {"97140", 7}}) == Split{{"97110", 2}, {"97140", 1}});
}

TEST_CASE("CmsAllocation gives whole blocks first then the largest leftovers") {
  // a single code: the ladder itself
  CHECK(CmsAllocation({{"97110", 7}}) == Split{{"97110", 0}});
  CHECK(CmsAllocation({{"97110", 8}}) == Split{{"97110", 1}});
  CHECK(CmsAllocation({{"97110", 38}}) == Split{{"97110", 3}});
  // 38 + 10 + 6 = 54 min, 4 units: 97110 2 + 1 (leftover 8), 97112 0 + 1 (leftover 10), 97140 0
  CHECK(CmsAllocation({{"97110", 38}, {"97112", 10}, {"97140", 6}}) == Split{{"97110", 3}, {"97112", 1}, {"97140", 0}});
  // 7 + 7 = 14 min, 1 unit: one of the two codes takes it
  auto tie = CmsAllocation({{"97110", 7}, {"97140", 7}});
  CHECK(tie.at("97110") + tie.at("97140") == 1);
  // 20 + 20 = 40 min, 3 units: 1 + 1, and one of them takes the third (reading 16)
  auto even = CmsAllocation({{"97110", 20}, {"97116", 20}});
  CHECK(even.at("97110") + even.at("97116") == 3);
  CHECK(even.at("97110") >= 1);
  CHECK(even.at("97116") >= 1);
  // whole blocks only: 15 + 15 = 30 min, 2 units
  CHECK(CmsAllocation({{"97110", 15}, {"97112", 15}}) == Split{{"97110", 1}, {"97112", 1}});
  // the total never exceeds the ladder of the summed minutes
  for (int a = 0; a <= 60; ++a)
    for (int b = 0; b <= 60; b += 3) {
      auto s = CmsAllocation({{"97110", a}, {"97140", b}});
      CHECK(s.at("97110") + s.at("97140") == UnitsForMinutes(a + b));
    }
}

TEST_CASE("AmaUnits applies the ladder to each code's own minutes") {
  // 97110 33 + 97140 7 -> 97110 x2 only; 97140 gets 0
  CHECK(AmaUnits({{"97110", 33}, {"97140", 7}}) == Split{{"97110", 2}, {"97140", 0}});
  // 97112 24 + 97110 23 -> 2 + 2
  CHECK(AmaUnits({{"97112", 24}, {"97110", 23}}) == Split{{"97112", 2}, {"97110", 2}});
  CHECK(AmaUnits({{"97110", 8}, {"97140", 22}}) == Split{{"97110", 1}, {"97140", 1}});
  CHECK(AmaUnits({{"97110", 53}}) == Split{{"97110", 4}});
}
