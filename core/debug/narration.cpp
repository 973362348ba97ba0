#include "core/debug/narration.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string_view>

#include "core/debug/inspect.h"
#include "core/runtime/opcodes.h"
#include "core/vm/vm.h"

namespace ys {

namespace {

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// The code of a line without its comment: narration quotes code, and a
// comment is the author's aside, not something Python runs.
std::string withoutComment(std::string_view line) {
  char quote = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote) {
      if (c == '\\')
        ++i;
      else if (c == quote)
        quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '#') {
      return trim(line.substr(0, i));
    }
  }
  return trim(line);
}

bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

bool isIdentChar(char c);
size_t findName(std::string_view code, std::string_view name, size_t from = 0);

std::string frameName(const std::string& function) {
  return function == "<module>" ? "the program" : function;
}

const char* const kConsumers[] = {"sum(", "list(", "tuple(",  "sorted(", "max(",  "min(",
                                  "set(", "any(",  "all(",    "join(",   "dict(", "enumerate(",
                                  "zip(", "map(",  "filter(", "islice(", "print("};

// What the asking line does with the generator where it names it: "send()",
// "next()", "The for loop"... (without " at line N"), or "" when no use of
// its names tells. In `a.send(next(b))` only b's part asks b.
// An asking instruction as a short label: "for loop", "yield from".
std::string instructionLabel(AskingInstruction instruction) {
  // Indexed by AskingInstruction.
  static constexpr const char* kLabels[] = {"",           "for loop", "comprehension", "generator expression",
                                            "yield from", "in test",  "unpacking"};
  static_assert(std::size(kLabels) == size_t(AskingInstruction::Unpacking) + 1);
  return kLabels[size_t(instruction)];
}

// A native asker as a program names it: "itertools.chain" -> "chain()".
std::string nativeWords(std::string_view name) {
  if (const size_t dot = name.rfind('.'); dot != std::string_view::npos) name.remove_prefix(dot + 1);
  return std::string(name) + "()";
}

std::string askerByName(const NarrationInput& in, const std::string& text) {
  for (const std::string& name : in.callerNames) {
    for (size_t at = findName(text, name); at != std::string::npos; at = findName(text, name, at + 1)) {
      const std::string_view after = std::string_view(text).substr(at + name.size());
      std::string_view before = std::string_view(text).substr(0, at);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      if (after.starts_with(".send(")) return "send()";
      if (after.starts_with(".throw(")) return "throw()";
      if (after.starts_with(".close(")) return "close()";
      if (after.starts_with(".__next__(")) return "__next__()";
      if (before.ends_with("next(")) return "next()";
      if (before.ends_with("yield from")) return "yield from";
      if (before.ends_with(" in") && text.rfind("for ", 0) == 0) return "The for loop";
      for (std::string_view consumer : kConsumers)
        if (before.ends_with(consumer) &&
            (before.size() == consumer.size() || !isIdentChar(before[before.size() - consumer.size() - 1])))
          return std::string(consumer.substr(0, consumer.size() - 1)) + "()";
      if (before.ends_with(" in")) return "The comprehension";
    }
  }
  return {};
}

// Who asked a generator, from what the run did: the native that the frame
// below runs ("chain()", "send()"), or that frame's instruction; "" when
// neither is known.
std::string askerFromRun(const NarrationInput& in) {
  if (!in.askingNative.empty()) return nativeWords(in.askingNative);
  const std::string label = instructionLabel(in.askingInstruction);
  return label.empty() || in.askingInstruction == AskingInstruction::YieldFrom ? label : "The " + label;
}

// Who asked a generator for a value; it opens a sentence ("The for loop at
// line 7", "next() at line 9"). Without facts from the run, the text of the
// asking line tells.
std::string asker(const NarrationInput& in) {
  if (in.callerLine == 0) return "Python";
  const std::string at = " at line " + std::to_string(in.callerLine);
  if (const std::string known = askerFromRun(in); !known.empty()) return known + at;
  const std::string text = withoutComment(in.callerSource);
  if (const std::string byName = askerByName(in, text); !byName.empty()) return byName + at;
  if (text.rfind("for ", 0) == 0) return "The for loop" + at;
  if (contains(text, ".send(")) return "send()" + at;
  if (contains(text, ".throw(")) return "throw()" + at;
  if (contains(text, ".close(")) return "close()" + at;
  if (contains(text, ".__next__(")) return "__next__()" + at;
  if (contains(text, "next(")) return "next()" + at;
  if (contains(text, "yield from")) return "yield from" + at;
  // sum(x*x for x in ...) is driven by sum(), not by the comprehension's for;
  // in list(islice(gen, 5)) the innermost call, islice(), is the one asking.
  std::string_view innermost;
  size_t innermostAt = 0;
  for (const char* consumer : kConsumers) {
    const size_t found = text.rfind(consumer);
    if (found != std::string::npos && (innermost.empty() || found > innermostAt)) {
      innermost = consumer;
      innermostAt = found;
    }
  }
  if (!innermost.empty()) return std::string(innermost.substr(0, innermost.size() - 1)) + "()" + at;
  if (contains(text, " for ")) return "The comprehension" + at;
  return "Line " + std::to_string(in.callerLine);
}

// "The for loop at line 7" in the middle of a sentence.
std::string midSentence(std::string s) {
  if (s.rfind("The ", 0) == 0) s[0] = 't';
  return s;
}

std::string keptLocals(const NarrationInput& in) {
  if (in.locals.empty()) return "its state is kept";
  std::string list;
  const size_t shown = std::min<size_t>(in.locals.size(), 3);
  for (size_t i = 0; i < shown; ++i) {
    if (i) list += ", ";
    list += in.locals[i].first + " = " + in.locals[i].second;
  }
  if (in.locals.size() > shown) list += ", ...";
  return list + (in.locals.size() == 1 ? " is kept" : " are kept");
}

std::string callArguments(const NarrationInput& in) {
  std::string args;
  for (size_t i = 0; i < in.locals.size() && i < 4; ++i) {
    if (i) args += ", ";
    args += in.locals[i].first + "=" + in.locals[i].second;
  }
  return args;
}

// What threw an exception into a generator, read from the line below its
// frame: a close() or throw() call, a delegating yield from, or Python
// releasing it because nothing refers to it (no line, or any other line).
enum class Thrower { Release, Close, Throw, YieldFrom };

Thrower throwerOf(const NarrationInput& in) {
  if (in.callerLine == 0 || in.finalizing) return Thrower::Release;
  if (in.askingNative == "close") return Thrower::Close;
  if (in.askingNative == "throw") return Thrower::Throw;
  if (in.askingInstruction == AskingInstruction::YieldFrom) return Thrower::YieldFrom;
  const std::string caller = withoutComment(in.callerSource);
  if (contains(caller, ".close(")) return Thrower::Close;
  if (contains(caller, ".throw(")) return Thrower::Throw;
  if (contains(caller, "yield from")) return Thrower::YieldFrom;
  return Thrower::Release;
}

// "Nothing refers to g any more as line 8 runs", or without a line at the
// end. The last reference goes while that line runs (a name rebound, a
// function's frame gone), not after it: what the release prints comes first.
std::string nothingRefersTo(const std::string& what, int callerLine) {
  return "Nothing refers to " + what + " any more" +
         (callerLine ? " as line " + std::to_string(callerLine) + " runs" : "");
}

// "GeneratorExit" of "GeneratorExit" or "ValueError" of "ValueError: boom".
std::string exceptionName(const std::string& exceptionText) {
  return exceptionText.substr(0, exceptionText.find(':'));
}

// Who throws an exception into a generator, as the start of a sentence.
std::string whoThrowsIn(const NarrationInput& in) {
  const std::string at = " at line " + std::to_string(in.callerLine);
  const std::string name = exceptionName(in.exception);
  switch (throwerOf(in)) {
    case Thrower::Close:
      return "close()" + at + " closes " + in.function;
    case Thrower::Throw:
      return "throw()" + at + " throws " + name + " into " + in.function;
    case Thrower::YieldFrom:
      return "yield from" + at + " passes " + name + " on to " + in.function;
    case Thrower::Release:
      break;
  }
  return nothingRefersTo(in.function, in.callerLine) + ", so Python closes it";
}

std::string onCall(const NarrationInput& in) {
  if (in.inGenerator && !in.exception.empty()) {
    // CPython starts the frame only to raise the exception at its first line.
    const std::string name = exceptionName(in.exception);
    return whoThrowsIn(in) + ". It never started, so " + name + " is raised at its first line, line " +
           std::to_string(in.line) + ", and none of its body runs.";
  }
  if (in.inGenerator && in.reentered) {
    // CPython reports a 'call' when an exception its delegate let out comes
    // back into a generator paused in yield from (throw() went past it).
    return in.function + " runs again at line " + std::to_string(in.line) +
           ": the exception its delegate let out comes back to its yield from.";
  }
  if (in.inGenerator) {
    return asker(in) + " starts " + in.function + ": its body runs for the first time, from line " +
           std::to_string(in.line) + ".";
  }
  if (in.classBody)
    return "The body of class " + in.function + " runs, from line " + std::to_string(in.line) +
           ": what it defines becomes the class's attributes.";
  std::string who = in.callerLine ? "Line " + std::to_string(in.callerLine) + " calls " : "Python calls ";
  return who + in.function + "(" + callArguments(in) + "); a new frame starts at line " + std::to_string(in.line) + ".";
}

bool isIdentChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// Where `name` is used whole in `code`, or npos.
size_t findName(std::string_view code, std::string_view name, size_t from) {
  for (size_t at = code.find(name, from); at != std::string_view::npos; at = code.find(name, at + 1)) {
    const bool startOk = at == 0 || !isIdentChar(code[at - 1]);
    const bool endOk = at + name.size() >= code.size() || !isIdentChar(code[at + name.size()]);
    if (startOk && endOk) return at;
  }
  return std::string_view::npos;
}

// What this line does with a generator that has finished, as the end of a
// sentence ("list(results) gets no values from it and makes []"); "" when
// the line does not ask it for values.
std::string askedAgain(const std::string& code, const std::string& name) {
  for (size_t at = findName(code, name); at != std::string::npos; at = findName(code, name, at + 1)) {
    size_t b = at;
    while (b > 0 && code[b - 1] == ' ') --b;
    if (b > 0 && code[b - 1] == '(') {  // f(name ...
      size_t f = b - 1;
      while (f > 0 && (isIdentChar(code[f - 1]) || code[f - 1] == '.')) --f;
      const std::string callee = code.substr(f, b - 1 - f);
      static const char* consumers[] = {"list", "tuple", "set",  "sum",       "sorted", "max", "min",    "next",
                                        "any",  "all",   "dict", "enumerate", "zip",    "map", "filter", "print"};
      for (const char* c : consumers) {
        if (callee != c) continue;
        if (callee == "print") break;  // print(gen) shows the object, it asks for nothing
        std::string s = callee + "(" + name + ") gets no values from it";
        if (callee == "list" && code.compare(b, name.size() + 1, name + ")") == 0) s += " and makes []";
        return s;
      }
    }
    if (b >= 3 && code.compare(b - 3, 3, " in") == 0) {  // for x in name / (... for x in name)
      if (code.rfind("for ", 0) == 0) return "the for loop gets no values from it, so its body does not run";
      return "the comprehension gets no values from it";
    }
    if (code.compare(at + name.size(), 10, ".__next__(") == 0) return name + ".__next__() gets no value from it";
  }
  return {};
}

// The line binds `name` anew (`g = two(); ...`, `list(g := two())`, `for g
// in ...`): the name it then asks may be another object than the finished one.
bool bindsAnew(std::string_view text, const std::string& name) {
  if (contains(text, "for " + name + " in ") || contains(text, "for " + name + ",")) return true;
  for (size_t at = findName(text, name); at != std::string_view::npos; at = findName(text, name, at + 1)) {
    size_t after = at + name.size();
    while (after < text.size() && text[after] == ' ') ++after;
    if (text.substr(after, 2) == ":=") return true;
    if (after < text.size() && text[after] == '=' && (after + 1 >= text.size() || text[after + 1] != '=')) return true;
  }
  return false;
}

// A comprehension, generator expression or lambda runs in a frame of its own
// on the line of the statement around it; quoting that line would say the
// statement runs again.
const char* nestedFrameWhat(const std::string& function) {
  if (function == "<genexpr>") return "The generator expression";
  if (function == "<listcomp>") return "The list comprehension";
  if (function == "<setcomp>") return "The set comprehension";
  if (function == "<dictcomp>") return "The dict comprehension";
  if (function == "<lambda>") return "The lambda";
  return nullptr;
}

std::string onLine(const NarrationInput& in) {
  if (const char* what = nestedFrameWhat(in.function))
    return std::string(what) + " on line " + std::to_string(in.line) + " runs its next step.";
  std::string s = "Line " + std::to_string(in.line);
  if (in.function != "<module>") s += " of " + in.function;
  const std::string text = withoutComment(in.lineSource);
  if (text.empty()) return s + " runs next.";
  s += " runs next: " + text;
  // A finished generator asked again is the lesson's misconception: it does
  // not store its results, a second pass finds nothing.
  for (const std::string& name : in.exhausted) {
    // `[list(g) for g in gens]` binds g anew: that g is another object.
    if (bindsAnew(text, name)) continue;
    const std::string what = askedAgain(text, name);
    if (!what.empty()) s += ". " + name + " is exhausted: the generator has already finished, so " + what + ".";
  }
  return s;
}

// How a generator closed by GeneratorExit got there. After a `finally`
// block ran, the frame ends on another line than the one it was paused at.
std::string closedByGeneratorExit(const NarrationInput& in) {
  if (in.neverPaused)
    return in.function + " is closed before any of its body ran: GeneratorExit was raised at its first line, line " +
           std::to_string(in.line);
  const int paused = in.pausedLine ? in.pausedLine : in.line;
  return in.function + " is closed: GeneratorExit was raised at its paused line " + std::to_string(paused) +
         (paused == in.line ? std::string(" and it finished")
                            : ", and it finished at line " + std::to_string(in.line)) +
         " without yielding again";
}

// A generator finished by an exception raised at its paused yield or inside it.
std::string generatorEndsByException(const NarrationInput& in) {
  if (in.endingException.rfind("GeneratorExit", 0) == 0) {
    const std::string s = closedByGeneratorExit(in);
    const std::string at = " at line " + std::to_string(in.callerLine);
    switch (throwerOf(in)) {
      case Thrower::Close:
        return s + ". close()" + at + " closed it; close() returns None.";
      case Thrower::Throw:
        return s + ". throw()" + at + " threw it in.";
      case Thrower::YieldFrom:
        return s + ". The yield from" + at + " passed it on: the generator delegating to " + in.function +
               " is being closed.";
      case Thrower::Release:
        break;
    }
    return s + ". " + nothingRefersTo("it", in.callerLine) + ", so Python closed it.";
  }
  const std::string what = in.endingException.empty() ? "an exception" : in.endingException;
  std::string s = in.function + " ends with " + what + ": the generator is closed";
  if (in.finalizing)
    return s +
           ". Python was closing it because nothing refers to it any more, so the exception goes no further: "
           "Python reports it as ignored, in Output, and the program goes on.";
  // PEP 479: a StopIteration leaving a generator frame becomes a RuntimeError.
  if (exceptionName(in.endingException) == "StopIteration")
    s += ". A StopIteration may not leave a generator, so Python raises RuntimeError (generator raised "
         "StopIteration) in its place";
  if (in.callerLine) return s + ", and the exception goes on to line " + std::to_string(in.callerLine) + ".";
  return s + ".";
}

std::string onReturn(const NarrationInput& in) {
  if (in.function == "<module>")
    return in.endsByException ? "The program stops: the exception was not caught."
                              : "The last line has run: the program is finishing.";
  if (in.inGenerator) {
    if (in.endsByException) return generatorEndsByException(in);
    std::string s = in.function + " returns: the generator is closed";
    const std::string who = asker(in);
    const bool returnsValue = in.value != "None";
    auto startsWith = [&who](const char* what) { return who.rfind(what, 0) == 0; };
    // CPython 3.11's close() drops what the generator returns.
    if (startsWith("close()"))
      return s + (returnsValue ? " with " + in.value + ", which " + who + " drops" : ", so " + who + " is done") +
             ": close() returns None.";
    if (startsWith("next()") && in.askingNativeArgs >= 2)
      return s +
             (returnsValue ? ", StopIteration carries " + in.value + " to " + who + ", which drops it"
                           : ", so " + who + " gets StopIteration") +
             " and returns the default it was given.";
    if (startsWith("The for loop")) return s + ", StopIteration ends the loop.";
    if (returnsValue) return s + ", StopIteration carries " + in.value + " to " + midSentence(who) + ".";
    if (startsWith("next()") || startsWith("__next__()") || startsWith("send()") || startsWith("throw()"))
      return s + ", so " + who + " gets StopIteration.";
    if (who == "Python" || startsWith("Line ")) return s + ".";
    if (in.askingNativeIsIterator) return s + ", StopIteration tells " + who + " that it has no more values.";
    return s + ": " + midSentence(who) + " has had all its values.";
  }
  if (in.endsByException) return in.function + " ends because of the exception; its frame is gone.";
  if (in.classBody)
    return "The body of class " + in.function + " has run: Python makes the class " + in.function + " from it.";
  std::string s = in.function + " returns " + in.value;
  if (in.callerLine) s += " to line " + std::to_string(in.callerLine);
  return s + ".";
}

}  // namespace

std::string withoutAddresses(std::string repr) {
  for (size_t at = repr.find(" at 0x"); at != std::string::npos; at = repr.find(" at 0x", at)) {
    size_t e = at + 6;
    while (e < repr.size() && std::isxdigit(static_cast<unsigned char>(repr[e]))) ++e;
    if (e < repr.size() && repr[e] == '>')
      repr.erase(at, e - at);
    else
      at = e;
  }
  return repr;
}

std::string narrate(const NarrationInput& in) {
  switch (in.event) {
    case EventKind::Call:
      return onCall(in);
    case EventKind::Line:
      return onLine(in);
    case EventKind::Yield:
      if (in.yieldsWhileClosing)
        return in.function + " yields " + in.value + " at line " + std::to_string(in.line) +
               " while being closed: a generator may not yield after GeneratorExit, so Python raises RuntimeError "
               "(generator ignored GeneratorExit).";
      return in.function + " yields " + in.value + " and pauses at line " + std::to_string(in.line) + "; " +
             keptLocals(in) + ".";
    case EventKind::Resume: {
      if (!in.exception.empty()) {
        return whoThrowsIn(in) + ". It resumes at line " + std::to_string(in.line) + ", where " +
               exceptionName(in.exception) + " is raised.";
      }
      const std::string who = asker(in);
      std::string s = who + " resumes " + in.function + " at line " + std::to_string(in.line);
      const bool bySend = who.rfind("send()", 0) == 0;
      const bool sent = !in.value.empty() && (bySend || who.rfind("yield from", 0) == 0);
      if (!in.delegate.empty()) {
        // Paused in `yield from`: the value sent goes on to the delegate, a
        // generator's send() or else the iterator's own send method.
        if (!sent) return s + ", where its yield from asks " + in.delegate + " for the next value.";
        if (in.delegateIsGenerator)
          return s + ", where its yield from passes " + in.value + " on to " + in.delegate + ".";
        return s + ", where its yield from calls send(" + in.value + ") on " + in.delegate + ".";
      }
      if (sent)
        s += ": the paused yield evaluates to " + in.value;
      else if (bySend)
        s += ": the paused yield evaluates to None";
      return s + ".";
    }
    case EventKind::Return:
      return onReturn(in);
    case EventKind::Exception:
      return in.exception + " is raised at line " + std::to_string(in.line) + " in " + frameName(in.function) + ".";
    case EventKind::End:
      return in.endsByException ? "The program ends with an uncaught " + in.exception + "." : "The program ends.";
  }
  return {};
}

std::string narrateExit(const std::vector<ClosedAtExit>& closed, bool printed, bool outranBudget) {
  if (closed.empty() && !printed && !outranBudget) return {};
  // CPython's exit runs the finalisers by a garbage collection with every
  // name still bound (exit_collection.cpp), in the order `closed` lists.
  std::string s = "As Python exits, it finalises what the program left, before it clears any name";
  if (closed.empty()) {
    s += ".";
  } else if (closed.size() == 1) {
    const ClosedAtExit& g = closed.front();
    s += ": it closes " + g.name + ", ";
    s += g.pausedLine ? "so GeneratorExit is raised at its paused line " + std::to_string(g.pausedLine)
                      : "which never started, so none of its body runs";
    s += ".";
  } else {
    // Two generators of one function are told apart as their cards are: countdown#1.
    auto label = [&closed](const ClosedAtExit& g) {
      const bool shared = std::count_if(closed.begin(), closed.end(),
                                        [&g](const ClosedAtExit& other) { return other.name == g.name; }) > 1;
      return shared ? g.name + "#" + std::to_string(g.id) : g.name;
    };
    auto listed = [&closed](auto&& part) {
      std::string out;
      for (size_t i = 0; i < closed.size(); ++i)
        out += (i == 0 ? "" : i + 1 == closed.size() ? " and " : ", ") + part(closed[i]);
      return out;
    };
    s += ": it closes " + listed(label) + ", in that order";
    std::string paused, neverStarted;
    size_t neverStartedCount = 0;
    for (const ClosedAtExit& g : closed) {
      std::string& list = g.pausedLine ? paused : neverStarted;
      list += (list.empty() ? "" : ", ") + label(g) + (g.pausedLine ? " at line " + std::to_string(g.pausedLine) : "");
      neverStartedCount += g.pausedLine == 0;
    }
    if (!paused.empty()) s += ": GeneratorExit is raised where each is paused (" + paused + ")";
    if (!neverStarted.empty())
      s += (paused.empty() ? ": " : "; ") + neverStarted + " never started, so none of " +
           (neverStartedCount == 1 ? "its body runs" : "their bodies run");
    s += ".";
  }
  if (printed) s += " Output ends with what was printed then.";
  if (outranBudget)
    s += " The code that ran then (a finally block or a __del__) did not finish within the step budget, so the run "
         "was stopped there; python3 would still be running it.";
  return s;
}

std::string lineText(const std::vector<std::string>& lines, int line) {
  if (line < 1 || size_t(line) > lines.size()) return {};
  return lines[size_t(line) - 1];
}

namespace {

// What a paused frame's current instruction does when it asks a generator.
AskingInstruction askingInstructionOf(const Frame& frame) {
  if (frame.ip <= 0 || size_t(frame.ip) > frame.code->code.size()) return AskingInstruction::Unknown;
  switch (frame.code->code[size_t(frame.ip - 1)].op) {
    case FOR_ITER: {
      const std::string& name = frame.code->name;
      if (name == "<genexpr>") return AskingInstruction::GeneratorExpression;
      if (name == "<listcomp>" || name == "<setcomp>" || name == "<dictcomp>") return AskingInstruction::Comprehension;
      return AskingInstruction::ForLoop;
    }
    case SEND:
      return AskingInstruction::YieldFrom;
    case CONTAINS_OP:
      return AskingInstruction::InTest;
    case UNPACK_SEQUENCE:
    case UNPACK_EX:
    case LIST_EXTEND:
    case SET_UPDATE:
    case CALL_EX:
      return AskingInstruction::Unpacking;
    default:
      return AskingInstruction::Unknown;
  }
}

}  // namespace

NarrationInput narrationFor(const VM& vm, const TraceEvent& ev, const std::vector<std::string>& lines,
                            size_t reprLimit) {
  NarrationInput in;
  in.event = ev.kind;
  in.function = ev.frame ? ev.frame->code->name : "<module>";
  in.line = ev.line;
  in.inGenerator = ev.frame && ev.frame->generator;
  if (ev.value && ev.thrownIn)
    in.exception = exceptionText(*ev.value);
  else if (ev.value && (ev.kind == EventKind::Yield || ev.kind == EventKind::Return || ev.kind == EventKind::Resume))
    in.value = shortRepr(*ev.value, reprLimit);
  if (ev.value && (ev.kind == EventKind::Exception || ev.kind == EventKind::End))
    in.exception = exceptionText(*ev.value);
  if (ev.frame) {
    for (auto& [name, value] : frameLocals(*ev.frame)) {
      if (value.is(ObjKind::Function) || value.is(ObjKind::Class) || value.is(ObjKind::Builtin)) continue;
      if (!name.empty() && name[0] == '.') continue;  // a comprehension's hidden iterator (.0)
      in.locals.emplace_back(name, withoutAddresses(shortRepr(value, reprLimit)));
    }
    if (ev.kind == EventKind::Line) {
      for (auto& [name, value] : frameLocals(*ev.frame))
        if (value.is(ObjKind::Generator) && value.as<GeneratorObj>()->state == GenState::Closed)
          in.exhausted.push_back(name);
    }
    if (ev.frame->back) {
      in.callerLine = ev.frame->back->currentLine();
      in.callerSource = lineText(lines, in.callerLine);
    }
    in.classBody = ev.frame->code->isClassBody && ev.frame->code->name != "<module>";
    if (ev.frame->generator && ev.frame->back) {
      if (const auto native = vm.nativeAskerFor(ev.frame->back)) {
        in.askingNative = std::string(native->name);
        in.askingNativeArgs = native->positionalArgs;
        in.askingNativeIsIterator = native->iterator;
      } else {
        in.askingInstruction = askingInstructionOf(*ev.frame->back);
      }
    }
    if (const GeneratorObj* gen = ev.frame->generator) {
      if (ev.frame->back)
        for (auto& [name, value] : frameLocals(*ev.frame->back))
          if (value.is(ObjKind::Generator) && value.as<GeneratorObj>() == gen) in.callerNames.push_back(name);
      in.finalizing = gen->finalizing;
      if (ev.kind == EventKind::Resume && !gen->yieldFrom.isUnbound() && !gen->yieldFrom.isNone()) {
        in.delegateIsGenerator = gen->yieldFrom.is(ObjKind::Generator);
        in.delegate =
            in.delegateIsGenerator ? gen->yieldFrom.as<GeneratorObj>()->name : "the " + typeName(gen->yieldFrom);
      }
    }
  }
  in.lineSource = lineText(lines, ev.line);
  in.endsByException = ev.kind == EventKind::End ? ev.value != nullptr : ev.endsByException;
  if (ev.kind == EventKind::Return && in.inGenerator) in.pausedLine = ev.frame->generator->suspendedLine;
  return in;
}

std::string askingLabel(const VM& vm, const Frame& askingFrame) {
  if (const auto native = vm.nativeAskerFor(&askingFrame)) return nativeWords(native->name);
  return instructionLabel(askingInstructionOf(askingFrame));
}

}  // namespace ys
