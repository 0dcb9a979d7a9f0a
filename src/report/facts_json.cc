// Facts as JSON: unknown or absent facts are null or [], never guessed.
#include "report/facts_json.h"

#include <algorithm>
#include <cmath>

namespace notelint::report {
namespace {

using nlohmann::json;

void AppendNum(std::string& out, double v) {
  if (v < 0) {
    out += "null";
    return;
  }
  out += json(std::round(v * 1000.0) / 1000.0).dump();  // nlohmann's number format
}

template <typename T, typename Fn>
void AppendOptional(std::string& out, const std::optional<T>& v, Fn fn) {
  if (v)
    fn(*v);
  else
    out += "null";
}

void AppendKeys(std::string& out, const std::vector<facts::Located>& list) {
  out += '[';
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out += ',';
    AppendJsonString(out, list[i].key);
  }
  out += ']';
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view s) {
  bool plain = std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
  if (!plain) {
    out += json(s).dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  out += '"';
  out += s;
  out += '"';
}

void AppendCodesJson(std::string& out, const std::vector<CodeSpec>& codes) {
  out += '[';
  for (size_t i = 0; i < codes.size(); ++i) {
    const CodeSpec& c = codes[i];
    if (i) out += ',';
    out += "{\"code\":";
    AppendJsonString(out, c.code);
    out += ",\"modifiers\":[";
    for (size_t k = 0; k < c.modifiers.size(); ++k) {
      if (k) out += ',';
      AppendJsonString(out, c.modifiers[k]);
    }
    out += "],\"units\":" + std::to_string(c.units) + "}";
  }
  out += ']';
}

// Keys in sorted order, as nlohmann's std::map objects print them.
void AppendFactsJson(std::string& out, const facts::NoteFacts& f) {
  auto str = [&](const std::string& v) { AppendJsonString(out, v); };
  out += "{\"instruments\":";
  AppendKeys(out, f.instruments);
  out += ",\"methods\":";
  AppendKeys(out, f.methods);
  const auto& t = f.therapy;
  out += ",\"minutes\":{\"by_code\":{";
  bool first = true;
  for (const auto& [code, m] : t.by_code) {
    if (!first) out += ',';
    first = false;
    AppendJsonString(out, code);
    out += ':' + std::to_string(m);
  }
  out += "},\"timed\":";
  AppendOptional(out, t.timed_minutes, [&](int v) { out += std::to_string(v); });
  out += ",\"total\":";
  AppendOptional(out, t.total_minutes, [&](int v) { out += std::to_string(v); });
  out += "},\"necessity\":";
  AppendKeys(out, f.necessity);
  out += ",\"removal_depth\":";
  AppendOptional(out, f.removal_depth, str);
  out += ",\"tissue_removed\":";
  AppendKeys(out, f.tissue_removed);
  out += ",\"tissue_seen\":";
  AppendKeys(out, f.tissue_seen);
  out += ",\"total_area_cm2\":";
  AppendOptional(out, f.total_area_cm2, [&](double v) { AppendNum(out, v); });
  out += ",\"wounds\":[";
  for (size_t i = 0; i < f.wounds.size(); ++i) {
    const auto& w = f.wounds[i];
    if (i) out += ',';
    out += "{\"area_cm2\":";
    AppendNum(out, w.area_cm2);
    out += ",\"depth_cm\":";
    AppendNum(out, w.depth_cm);
    out += ",\"laterality\":";
    AppendOptional(out, w.laterality, str);
    out += ",\"length_cm\":";
    AppendNum(out, w.length_cm);
    out += ",\"location\":";
    if (w.location.empty())
      out += "null";
    else
      str(w.location);
    out += ",\"removal_depth\":";
    AppendOptional(out, w.removal_depth, str);
    out += ",\"specific\":";
    out += w.specific ? "true" : "false";
    out += ",\"treated\":";
    out += w.treated ? "true" : "false";
    out += ",\"width_cm\":";
    AppendNum(out, w.width_cm);
    out += '}';
  }
  out += "]}";
}

}  // namespace notelint::report
