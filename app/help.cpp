#include "app/help.h"

#include <vector>

namespace ys::cli {

namespace {

struct Option {
  const char* name;  // "--max-steps N"
  const char* text;
};

struct Command {
  const char* name;
  const char* synopsis;  // after "yieldscope "
  const char* summary;   // one line
  const char* details;   // a paragraph
  std::vector<Option> options;
};

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"run",
       "run FILE [ARG...] | run - [ARG...] | run -c CODE [ARG...]",
       "run a program headless, as python3 would",
       "Runs the program with Yieldscope's engine and gives its standard output, standard error and exit "
       "status as python3 gives them for the same program (1 for an uncaught exception or a syntax error). "
       "FILE '-' reads the program from standard input; -c runs CODE. The program's input() reads standard "
       "input. Budgets end a runaway program with a message: 124 when the step budget runs out.",
       {{"-", "read the program from standard input (then input() finds nothing more there)"},
        {"-c CODE", "run CODE; sys.argv is ['-c', ARG...]"}}},
      {"trace",
       "trace FILE [--max-steps N] [--locals] [--steps A:B]",
       "the step history as JSON lines, one object a step",
       "Writes one JSON object a line on standard output for every step (the events of CPython's "
       "sys.settrace: call, line, yield, resume, return, exception, then end). The program's own output goes "
       "to standard error, and each step's \"output\" key holds what it printed. docs/TRACE.md lists every key.",
       {{"--max-steps N", "stop after N steps (default 1000000)"},
        {"--locals", "add the innermost frame's local variables to each step"},
        {"--steps A:B", "only steps A to B (inclusive), reached as the window reaches them: a jump to A, then Next"}}},
      {"eval",
       "eval FILE [--at STEP] [--frame N] [--trace] EXPR | eval FILE --at STEP --peek ID",
       "evaluate EXPR at a step, leaving the run as it was",
       "Records the program as trace does (the same step numbers), stops it at STEP (default: the last step) "
       "and evaluates EXPR in the innermost frame there, with its locals, globals and generators as they "
       "are, on a throwaway copy of the run: the recorded run does not change. Standard output gets what "
       "EXPR printed, then its repr; an exception's last line goes to standard error, as python3 prints it "
       "(status 1). EXPR may also be statements (then a final expression's value, when not None, is "
       "printed, as in the REPL). An evaluation that does not end is stopped (status 124).",
       {{"--at STEP", "the step to stop at (numbered as in trace)"},
        {"--frame N", "evaluate in the Nth frame out from the innermost (0), as in the call stack"},
        {"--in-generator ID", "evaluate in generator ID's own frame (its locals while it is paused)"},
        {"--peek ID", "what next() on generator ID would do: 'yields V', 'finishes', 'raises E'"},
        {"--trace", "list on standard error what generators did: '# resumed fib at line 7, yielded 3'"},
        {"--timeout MS", "stop the evaluation after MS milliseconds (default 2000)"},
        {"--eval-steps N", "stop the evaluation after N steps (default 1000000)"},
        {"--max-steps N", "the program's step budget while recording (default 1000000)"}}},
      {"compare",
       "compare FILE [--json] [--show-twin] [--max-steps N]",
       "lazy vs eager: steps, peak and final bytes, their ratio",
       "Runs the program and its eager twin (every generator turned into a function that builds a list) and "
       "reports the steps, the peak and final bytes of each, and the ratio of the peaks.",
       {{"--json", "one JSON object instead of a table"},
        {"--show-twin", "print the eager twin's source instead"},
        {"--max-steps N", "the step budget of each run"}}},
      {"help", "help [COMMAND]", "describe the commands, or one of them", "", {}},
  };
  return table;
}

const Command* find(std::string_view name) {
  for (const Command& c : commands())
    if (name == c.name) return &c;
  return nullptr;
}

// Wraps `text` at 76 columns with `indent` spaces before each line.
std::string wrap(std::string_view text, size_t indent) {
  std::string out, line;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    const std::string_view word = text.substr(i, j - i);
    if (!line.empty() && indent + line.size() + 1 + word.size() > 76) {
      out += std::string(indent, ' ') + line + "\n";
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
    i = j + 1;
  }
  if (!line.empty()) out += std::string(indent, ' ') + line + "\n";
  return out;
}

// roff needs backslashes and leading dots escaped, and '-' in options as \-.
std::string roff(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

}  // namespace

bool isCommand(std::string_view word) {
  return find(word) != nullptr;
}

std::string usage() {
  std::string out = "usage: yieldscope [FILE]";
  out += std::string(38 - 24, ' ') + "open the window (on FILE, or an example)\n";
  for (const Command& c : commands()) {
    std::string head = std::string("       yieldscope ") + c.name;
    if (head.size() < 38)
      head += std::string(38 - head.size(), ' ');
    else
      head += "  ";
    out += head + c.summary + "\n";
  }
  out += "       yieldscope --version           print the version\n";
  out += "'yieldscope help COMMAND' (or 'yieldscope COMMAND --help') tells more.\n";
  return out;
}

std::string commandHelp(std::string_view command) {
  const Command* c = find(command);
  if (!c) return {};
  if (std::string_view(c->name) == "help") return usage();
  std::string out =
      std::string("usage: yieldscope ") + c->synopsis + "\n\n" + wrap(c->summary, 2) + "\n" + wrap(c->details, 2);
  if (!c->options.empty()) {
    out += "\noptions:\n";
    for (const Option& o : c->options) {
      std::string head = std::string("  ") + o.name;
      if (head.size() < 18)
        head += std::string(18 - head.size(), ' ');
      else
        head += "\n" + std::string(18, ' ');
      out += head + o.text + "\n";
    }
  }
  return out;
}

std::string manPage(std::string_view version) {
  std::string out;
  out += ".TH YIELDSCOPE 1 \"\" \"yieldscope " + std::string(version) + "\" \"User Commands\"\n";
  out += ".SH NAME\nyieldscope \\- a debugger that makes Python generators visible\n";
  out += ".SH SYNOPSIS\n.B yieldscope\n[\\fIFILE\\fR]\n";
  for (const Command& c : commands()) out += ".br\n.B yieldscope\n" + roff(c.synopsis) + "\n";
  out += ".SH DESCRIPTION\n";
  out +=
      "Without a command, yieldscope opens its window on FILE (or on a bundled example): step through the "
      "program and watch the call stack, every generator's paused frame, the values it yields, the output "
      "and the memory of this lazy run beside the same program run eagerly with lists.\n";
  out += ".SH COMMANDS\n";
  for (const Command& c : commands()) {
    if (std::string_view(c.name) == "help") continue;
    out += ".TP\n.B " + roff(c.synopsis) + "\n" + roff(c.summary) + ". " + roff(c.details) + "\n";
    for (const Option& o : c.options) out += ".RS\n.TP\n.B " + roff(o.name) + "\n" + roff(o.text) + "\n.RE\n";
  }
  out +=
      ".SH EXIT STATUS\n0 on success; 1 when the program raised an uncaught exception or has a syntax error; "
      "2 for a usage error or a file that cannot be read; 124 when the step budget ran out. eval: 1 when EXPR "
      "raised, 124 when it was stopped.\n";
  out += ".SH SEE ALSO\n.BR python3 (1)\n";
  return out;
}

}  // namespace ys::cli
