// Boost.Program_options for flags and INI files; every failure becomes a Status.
#include "app/options.h"

#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "rules/registry.h"

namespace notelint::app {
namespace po = boost::program_options;

namespace {

po::options_description Describe() {
  po::options_description d("Options");
  d.add_options()("help,h", "show this help")("version", "print the version")(
      "code,c", po::value<std::vector<std::string>>()->composing(), "billed codes, comma separated (97597,97598x2)")(
      "format,f", po::value<std::string>(), "text | json | jsonl | sarif | github")(
      "input", po::value<std::string>(), "text | jsonl")("timed-rule", po::value<std::string>(), "cms | ama")(
      "config", po::value<std::string>(), "INI file (default: ./notelint.ini when present)")(
      "lexicons", po::value<std::vector<std::string>>()->composing(), "extra lexicon directory")(
      "templates", po::value<std::vector<std::string>>()->composing(), "extra template directory")(
      "disable", po::value<std::vector<std::string>>()->composing(), "disable a rule (repeatable)")(
      "enable", po::value<std::vector<std::string>>()->composing(), "enable a rule (repeatable)")(
      "fail-on", po::value<std::string>(), "error | warning | info | never")(
      "jobs,j", po::value<int>(), "worker threads (default: all cores)")("color", po::value<std::string>(),
                                                                         "auto | always | never")(
      "quiet,q", po::bool_switch(), "only the summary line")("port", po::value<int>(), "port for serve")(
      "host", po::value<std::string>(), "host for serve");
  return d;
}

Status Apply(const po::variables_map& vm, Options& o) {
  const auto& reg = rules::Registry::Builtin();
  auto check_rule = [&](const std::string& id) -> Status {
    if (!reg.Find(id)) return Status::Invalid("unknown rule id '" + id + "' (see `notelint rules`)");
    return Status::Ok();
  };
  if (vm.count("code")) {
    std::vector<CodeSpec> all;
    for (const std::string& list : vm["code"].as<std::vector<std::string>>()) {
      auto parsed = ParseCodeList(list);
      if (!parsed.ok()) return parsed.status();
      all.insert(all.end(), parsed.value().begin(), parsed.value().end());
    }
    o.codes = all;
  }
  if (vm.count("format")) {
    std::string f = vm["format"].as<std::string>();
    if (f == "text")
      o.format = Format::kText;
    else if (f == "json")
      o.format = Format::kJson;
    else if (f == "jsonl")
      o.format = Format::kJsonl;
    else if (f == "sarif")
      o.format = Format::kSarif;
    else if (f == "github")
      o.format = Format::kGithub;
    else
      return Status::Invalid("unknown --format '" + f + "' (text, json, jsonl, sarif, github)");
  }
  if (vm.count("input")) {
    std::string f = vm["input"].as<std::string>();
    if (f == "text")
      o.input = InputKind::kText;
    else if (f == "jsonl")
      o.input = InputKind::kJsonl;
    else
      return Status::Invalid("unknown --input '" + f + "' (text, jsonl)");
  }
  if (vm.count("timed-rule")) {
    std::string t = vm["timed-rule"].as<std::string>();
    if (t == "cms")
      o.lint.timed_rule = rules::TimedRule::kCms;
    else if (t == "ama")
      o.lint.timed_rule = rules::TimedRule::kAma;
    else
      return Status::Invalid("unknown --timed-rule '" + t + "' (cms, ama)");
  }
  if (vm.count("fail-on")) {
    std::string f = vm["fail-on"].as<std::string>();
    if (f == "error")
      o.fail_on = FailOn::kError;
    else if (f == "warning")
      o.fail_on = FailOn::kWarning;
    else if (f == "info")
      o.fail_on = FailOn::kInfo;
    else if (f == "never")
      o.fail_on = FailOn::kNever;
    else
      return Status::Invalid("unknown --fail-on '" + f + "' (error, warning, info, never)");
  }
  if (vm.count("disable"))
    for (const std::string& id : vm["disable"].as<std::vector<std::string>>()) {
      if (Status st = check_rule(id); !st.ok()) return st;
      o.lint.disabled.insert(id);
      o.lint.enabled.erase(id);
    }
  if (vm.count("enable"))
    for (const std::string& id : vm["enable"].as<std::vector<std::string>>()) {
      if (Status st = check_rule(id); !st.ok()) return st;
      o.lint.enabled.insert(id);
    }
  if (vm.count("lexicons")) o.lexicon_dirs = vm["lexicons"].as<std::vector<std::string>>();
  if (vm.count("templates")) o.template_dirs = vm["templates"].as<std::vector<std::string>>();
  if (vm.count("jobs")) {
    o.jobs = vm["jobs"].as<int>();
    if (o.jobs < 0) return Status::Invalid("--jobs must be 0 or more");
  }
  if (vm.count("color")) {
    o.color = vm["color"].as<std::string>();
    if (o.color != "auto" && o.color != "always" && o.color != "never")
      return Status::Invalid("unknown --color '" + o.color + "' (auto, always, never)");
  }
  if (vm.count("quiet") && vm["quiet"].as<bool>()) o.quiet = true;
  return Status::Ok();
}

// "severity.RULE = level" lines of a config file.
Status ApplySeverities(const po::parsed_options& parsed, Options& o) {
  for (const auto& opt : parsed.options) {
    if (!opt.unregistered) continue;
    if (opt.string_key.rfind("severity.", 0) != 0)
      return Status::Invalid("unknown config key '" + opt.string_key + "'");
    std::string id = opt.string_key.substr(9);
    if (!rules::Registry::Builtin().Find(id)) return Status::Invalid("unknown rule id '" + id + "' in config");
    auto sev = opt.value.empty() ? std::nullopt : ParseSeverity(opt.value.front());
    if (!sev) return Status::Invalid("bad severity for '" + id + "' (error, warning, info)");
    o.lint.severity[id] = *sev;
  }
  return Status::Ok();
}

}  // namespace

Result<Options> ParseOptions(int argc, const char* const* argv) {
  Options o;
  po::options_description desc = Describe();
  po::options_description hidden;
  hidden.add_options()("args", po::value<std::vector<std::string>>(), "");
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("args", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    std::string config;
    if (vm.count("config")) {
      config = vm["config"].as<std::string>();
    } else {
      std::error_code ec;
      if (std::filesystem::exists("notelint.ini", ec)) config = "notelint.ini";
    }
    if (!config.empty()) {
      std::ifstream in(config);
      if (!in) return Status::Invalid("cannot read config file '" + config + "'");
      po::parsed_options parsed = po::parse_config_file(in, desc, true);
      po::store(parsed, vm);
      Status st = ApplySeverities(parsed, o);
      if (!st.ok()) return st;
    }
    po::notify(vm);
  } catch (const std::exception& e) {
    return Status::Invalid(e.what());
  }
  std::ostringstream help;
  help << desc;
  o.help_text = help.str();
  if (vm.count("help"))
    o.verb = "help";
  else if (vm.count("version"))
    o.verb = "version";
  std::vector<std::string> args;
  if (vm.count("args")) args = vm["args"].as<std::vector<std::string>>();
  if (o.verb.empty()) {
    if (args.empty()) return Status::Invalid("no command given (try `notelint --help`)");
    o.verb = args.front();
    args.erase(args.begin());
  }
  o.paths = args;
  Status st = Apply(vm, o);
  if (!st.ok()) return st;
  return o;
}

}  // namespace notelint::app
