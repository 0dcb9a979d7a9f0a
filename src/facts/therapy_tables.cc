// Reading flowsheet tables: header cells, minute and clock cells, rows.
#include "facts/therapy_tables.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "facts/therapy_labels.h"

namespace notelint::facts {
namespace {

using detect::Analysis;
using detect::Mention;

std::vector<std::string> Cells(std::string_view line) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : line) {
    if (c == '|') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  for (auto& c : out) {
    c.erase(0, c.find_first_not_of(" \t"));
    c.erase(c.find_last_not_of(" \t") + 1);
  }
  return out;
}

// A header cell naming the minutes column: "Min", "Minutes", "Time (min)", "Time".
bool MinuteHeader(std::string c) {
  if (size_t paren = c.find('('); paren != std::string::npos && paren > 0) {
    std::string unit = c.substr(paren);
    if (unit.find("min") == std::string::npos) return false;  // "Time (clock)"
    c.erase(paren);
    c.erase(c.find_last_not_of(" \t") + 1);
  }
  while (!c.empty() && c.back() == '.') c.pop_back();
  static const char* const kNames[] = {"min",      "mins",       "minutes",       "time",      "tx time",
                                       "duration", "time spent", "minutes spent", "timed min", "timed minutes"};
  return std::any_of(std::begin(kNames), std::end(kNames), [&](const char* n) { return c == n; });
}

// A minutes cell: "25", "25 min", "25 minutes", "25'".
std::optional<int> MinuteCell(std::string_view c) {
  size_t d = 0;
  while (d < c.size() && d < 4 && std::isdigit(static_cast<unsigned char>(c[d]))) ++d;
  if (d == 0 || d > 3) return std::nullopt;
  std::string_view rest = c.substr(d);
  rest.remove_prefix(std::min(rest.find_first_not_of(' '), rest.size()));
  while (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
  if (!rest.empty() && rest != "min" && rest != "mins" && rest != "minutes" && rest != "m" && rest != "'")
    return std::nullopt;
  return std::stoi(std::string(c.substr(0, d)));
}

// A clock cell: "13:00", "1300", "1:05 pm"; minutes after midnight.
std::optional<int> ClockCell(std::string_view c) {
  static const RE2 re(R"(([01]?\d|2[0-3]):?([0-5]\d)(?:\s*(am|pm))?)");
  re2::StringPiece g[4];
  if (!re.Match(re2::StringPiece(c.data(), c.size()), 0, c.size(), RE2::ANCHOR_BOTH, g, 4)) return std::nullopt;
  if (g[2].data() - g[1].data() == static_cast<ptrdiff_t>(g[1].size()) && g[1].size() + g[2].size() != 4)
    return std::nullopt;  // "905" without a colon is no clock
  int h = std::stoi(std::string(g[1].data(), g[1].size()));
  if (g[3].size() && g[3][0] == 'p' && h < 12) h += 12;
  return h * 60 + std::stoi(std::string(g[2].data(), g[2].size()));
}

}  // namespace

// Flowsheet tables: a header row with a minutes column, or with Start and End
// clock columns; each row's minutes go to the CPT in the row, else to the
// service named in the row or in the heading above. A total row ("| Total
// timed | | 38 min |") is left to the total labels. Returns the lines read, so
// that prose reading leaves them alone.
std::vector<int> ReadTables(const Analysis& a, const lexicon::CodeBook& book, std::map<std::string, int>& table_minutes,
                            int& untimed, bool& any) {
  std::vector<int> read;
  const auto& lines = a.seg.lines;
  auto total_row = [&](const text::Line& ln) {
    return std::any_of(a.Of("minutes_labels").begin(), a.Of("minutes_labels").end(), [&](const Mention& m) {
      return m.begin >= ln.begin && m.begin < ln.end && (m.key() == "timed-total" || m.key() == "treatment-total");
    });
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if (a.InHistorical(lines[i].begin)) continue;
    std::string_view line = a.Text(lines[i].begin, lines[i].end);
    if (std::count(line.begin(), line.end(), '|') < 2) continue;
    auto header = Cells(line);
    int min_col = -1, start_col = -1, end_col = -1;
    for (size_t c = 0; c < header.size(); ++c) {
      const std::string& h = header[c];
      if (MinuteHeader(h)) min_col = static_cast<int>(c);
      if (h == "start" || h == "begin" || h == "from" || h == "time in" || h == "start time")
        start_col = static_cast<int>(c);
      if (h == "end" || h == "stop" || h == "to" || h == "time out" || h == "end time") end_col = static_cast<int>(c);
    }
    bool clocks = start_col >= 0 && end_col >= 0;
    if (min_col < 0 && !clocks) continue;
    read.push_back(static_cast<int>(i));
    // A code named in the lines just above the table.
    std::string heading_code;
    for (size_t k = i; k-- > 0 && k + 3 > i;) {
      auto labels = LabelsOnLine(a, book, lines[k].begin, lines[k].end);
      for (const Label& l : labels)
        if (!l.code.empty() && l.code != "untimed") heading_code = l.code;
      if (!heading_code.empty()) break;
    }
    size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      std::string_view row = a.Text(lines[j].begin, lines[j].end);
      if (std::count(row.begin(), row.end(), '|') < 2) break;
      read.push_back(static_cast<int>(j));
      if (total_row(lines[j])) continue;
      auto cells = Cells(row);
      std::optional<int> minutes;
      if (min_col >= 0 && static_cast<int>(cells.size()) > min_col) minutes = MinuteCell(cells[min_col]);
      if (!minutes && clocks && static_cast<int>(cells.size()) > std::max(start_col, end_col)) {
        auto from = ClockCell(cells[start_col]), to = ClockCell(cells[end_col]);
        if (from && to) {
          int d = *to - *from;
          if (d < 0) d += 12 * 60;
          if (d > 0 && d <= 240) minutes = d;
        }
      }
      if (!minutes) continue;
      auto labels = LabelsOnLine(a, book, lines[j].begin, lines[j].end);
      std::string code;
      bool untimed_row = LineSays(row, "untimed");
      for (const Label& l : labels)
        if (!l.code.empty()) {
          code = l.code;
          break;
        }
      if (code.empty()) code = heading_code;
      any = true;
      if (untimed_row || code == "untimed")
        untimed += *minutes;
      else if (!code.empty())
        table_minutes[code] += *minutes;
    }
    i = j - 1;
  }
  return read;
}

}  // namespace notelint::facts
