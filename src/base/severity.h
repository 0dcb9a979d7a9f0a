// Severity of a finding and its names in output and configuration.
#pragma once

#include <optional>
#include <string_view>

namespace notelint {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

inline std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "error";
}

inline std::optional<Severity> ParseSeverity(std::string_view s) {
  if (s == "info") return Severity::kInfo;
  if (s == "warning") return Severity::kWarning;
  if (s == "error") return Severity::kError;
  return std::nullopt;
}

}  // namespace notelint
