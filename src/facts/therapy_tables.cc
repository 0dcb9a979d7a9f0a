// Reading flowsheet tables: header cells, minute and clock cells, rows.
#include "facts/therapy_tables.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>

#include "facts/therapy_labels.h"

namespace notelint::facts {
namespace {

using detect::Analysis;
using detect::Mention;

// How a table's cells are set apart: bars, tabs, or runs of two or more spaces.
enum class Grid { kPipe, kTab, kSpaced, kNone };

struct Cell {
  std::string text;
  int column = 0;  // display column of its first character (tabs to 8)
};

// The cells of a line, trimmed. Bar cells keep their empty cells (their
// count places them); tab and space cells drop them and are placed by count
// or by column (Place).
std::vector<Cell> Cells(std::string_view line, Grid g) {
  std::vector<Cell> out;
  Cell cur;
  int col = 0;
  bool started = false;
  auto flush = [&](bool keep_empty) {
    cur.text.erase(0, cur.text.find_first_not_of(" \t"));
    cur.text.erase(cur.text.find_last_not_of(" \t") + 1);
    if (keep_empty || !cur.text.empty()) out.push_back(cur);
    cur = Cell{};
    started = false;
  };
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    bool split = g == Grid::kPipe  ? c == '|'
                 : g == Grid::kTab ? c == '\t'
                                   : (c == '\t' || (c == ' ' && i + 1 < line.size() && line[i + 1] == ' '));
    if (split) {
      flush(g == Grid::kPipe);
      if (g == Grid::kSpaced)
        while (i + 1 < line.size() && (line[i + 1] == ' ' || line[i + 1] == '\t'))
          col += line[++i] == '\t' ? 8 - col % 8 : 1;
    } else {
      if (!started && c != ' ') {
        cur.column = col;
        started = true;
      }
      cur.text.push_back(c);
    }
    col += c == '\t' ? 8 - col % 8 : 1;
  }
  flush(g == Grid::kPipe);
  return out;
}

// The header column of each row cell: by position when the counts agree (and
// always for bars), else the header cell starting nearest it.
std::vector<int> Place(const std::vector<Cell>& header, const std::vector<Cell>& row, Grid g) {
  std::vector<int> at(row.size());
  for (size_t k = 0; k < row.size(); ++k) {
    if (g == Grid::kPipe || row.size() == header.size()) {
      at[k] = static_cast<int>(k);
      continue;
    }
    int best = 0;
    for (size_t h = 1; h < header.size(); ++h)
      if (std::abs(header[h].column - row[k].column) < std::abs(header[best].column - row[k].column))
        best = static_cast<int>(h);
    at[k] = best;
  }
  return at;
}

bool DoubleSpace(std::string_view line) {
  for (size_t i = 1; i < line.size(); ++i)
    if (line[i] == ' ' && line[i - 1] == ' ') return true;
  return false;
}

// A grid header without bars: three or more short cells without digits.
bool PlainHeader(const std::vector<Cell>& cells) {
  if (cells.size() < 3) return false;
  return std::all_of(cells.begin(), cells.end(), [](const Cell& c) {
    return c.text.size() <= 24 && std::none_of(c.text.begin(), c.text.end(), ::isdigit);
  });
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

// Flowsheet tables (cells set apart by bars, tabs or aligned with spaces): a
// header row with a minutes column, or with Start and End clock columns; each row's minutes go to the CPT in the row,
// else to the service named in the row or in the heading above. A total row ("| Total timed | | 38 min |") is left to
// the total labels. Returns the lines read, so that prose reading leaves them alone.
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
    // Cells are set apart by bars, tabs or runs of spaces: most lines have none.
    size_t bar = line.find('|');
    Grid g = bar != std::string_view::npos && line.find('|', bar + 1) != std::string_view::npos ? Grid::kPipe
             : line.find('\t') != std::string_view::npos                                        ? Grid::kTab
             : DoubleSpace(line)                                                                ? Grid::kSpaced
                                                                                                : Grid::kNone;
    if (g == Grid::kNone) continue;
    // A header names its minutes or clock columns.
    if (line.find("min") == std::string_view::npos && line.find("time") == std::string_view::npos &&
        line.find("start") == std::string_view::npos && line.find("duration") == std::string_view::npos &&
        line.find("begin") == std::string_view::npos && line.find("from") == std::string_view::npos)
      continue;
    if (g != Grid::kPipe && line.find_first_of("0123456789") != std::string_view::npos) continue;  // PlainHeader
    auto header = Cells(line, g);
    if (g != Grid::kPipe && !PlainHeader(header)) continue;
    int min_col = -1, start_col = -1, end_col = -1;
    for (size_t c = 0; c < header.size(); ++c) {
      const std::string& h = header[c].text;
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
      if (g == Grid::kPipe ? std::count(row.begin(), row.end(), '|') < 2 : lines[j].blank) break;
      auto cells = Cells(row, g);
      if (cells.size() < 2) break;
      if (total_row(lines[j])) {
        read.push_back(static_cast<int>(j));
        continue;
      }
      std::vector<int> at = Place(header, cells, g);
      auto cell = [&](int col) -> const std::string* {
        for (size_t k = 0; k < cells.size(); ++k)
          if (at[k] == col) return &cells[k].text;
        return nullptr;
      };
      std::optional<int> minutes;
      if (const std::string* mc = min_col >= 0 ? cell(min_col) : nullptr) minutes = MinuteCell(*mc);
      if (!minutes && clocks) {
        const std::string *fc = cell(start_col), *tc = cell(end_col);
        auto from = fc ? ClockCell(*fc) : std::nullopt, to = tc ? ClockCell(*tc) : std::nullopt;
        if (from && to) {
          int d = *to - *from;
          if (d < 0) d += 12 * 60;
          if (d > 0 && d <= 240) minutes = d;
        }
      }
      // A grid without bars ends at its first row without minutes (prose below it).
      if (!minutes && g != Grid::kPipe) break;
      read.push_back(static_cast<int>(j));
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
