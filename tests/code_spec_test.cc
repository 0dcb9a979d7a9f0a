// Code spec parsing.
#include "base/code_spec.h"

#include <doctest/doctest.h>

using notelint::ParseCodeSpec;

TEST_CASE("code specs parse units and modifiers") {
  auto a = ParseCodeSpec("97110-GP-59x3");
  REQUIRE(a.ok());
  CHECK(a->code == "97110");
  CHECK(a->units == 3);
  CHECK(a->modifiers == std::vector<std::string>{"GP", "59"});
  auto b = ParseCodeSpec("97598 x 2");
  REQUIRE(b.ok());
  CHECK(b->units == 2);
  auto c = ParseCodeSpec("97598*2");
  REQUIRE(c.ok());
  CHECK(c->units == 2);
  auto d = ParseCodeSpec("97598x2");
  REQUIRE(d.ok());
  CHECK(d->code == "97598");
  CHECK(d->units == 2);
  auto e = ParseCodeSpec("97110-GPx2");
  REQUIRE(e.ok());
  CHECK(e->modifiers == std::vector<std::string>{"GP"});
  CHECK(e->units == 2);
  CHECK_FALSE(ParseCodeSpec("975").ok());
  CHECK_FALSE(ParseCodeSpec("975981").ok());
}
