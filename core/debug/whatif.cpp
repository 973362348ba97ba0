// whatif.cpp — evaluating a question in a paused, throwaway copy of the run.
#include "core/debug/whatif.h"

#include <map>
#include <time.h>

#include "core/debug/inspect.h"
#include "core/debug/ipc.h"
#include "core/frontend/compiler.h"
#include "core/vm/vm_internal.h"

namespace ys {

namespace {

// The name a final expression's value is stored under (the evaluation's own
// locals dict, thrown away with the process).
constexpr const char* kAnswerName = "__yieldscope_answer__";
constexpr size_t kStepReprLimit = 60;

int64_t monotonicMicros() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
}

// Watches the evaluation's steps: counts them, enforces the time budget, and
// writes down what generators did.
class EvalTracer : public Tracer {
 public:
  EvalTracer(const EvalLimits& limits, EvalResult& result, bool (*shouldStop)(void*), void* stopContext)
      : m_limits(limits),
        m_result(result),
        m_shouldStop(shouldStop),
        m_stopContext(stopContext),
        m_deadline(monotonicMicros() + limits.maxMillis * 1000) {}

  bool timedOut() const { return m_timedOut; }
  bool stoppedByUser() const { return m_stoppedByUser; }

  void onEvent(VM& vm, const TraceEvent& ev) override {
    ++m_result.eventsRun;
    if ((m_result.eventsRun & 255) == 0) checkTime(vm);
    if (!ev.frame || !ev.frame->generator) return;
    const GeneratorObj* gen = ev.frame->generator;
    switch (ev.kind) {
      case EventKind::Call:
        open(*gen, "started " + gen->name + " at line " + std::to_string(ev.line), ev.line);
        break;
      case EventKind::Resume:
        open(*gen, "resumed " + gen->name + " at line " + std::to_string(ev.line), ev.line);
        break;
      case EventKind::Yield:
        close(*gen, ", yielded " + (ev.value ? shortRepr(*ev.value, kStepReprLimit) : std::string("None")));
        break;
      case EventKind::Exception:
        m_pendingException[gen->id] = ev.value ? exceptionText(*ev.value) : std::string("an exception");
        break;
      case EventKind::Line:
        m_pendingException.erase(gen->id);
        break;
      case EventKind::Return: {
        auto it = m_pendingException.find(gen->id);
        if (it != m_pendingException.end()) {
          close(*gen, ", raised " + it->second);
          m_pendingException.erase(it);
        } else {
          close(*gen, ", returned " + (ev.value ? shortRepr(*ev.value, kStepReprLimit) : std::string("None")) +
                          " (finished)");
        }
        break;
      }
      case EventKind::End:
        break;
    }
  }

 private:
  void checkTime(VM& vm) {
    if (monotonicMicros() > m_deadline) {
      m_timedOut = true;
      vm.requestStop();
    } else if (m_shouldStop && m_shouldStop(m_stopContext)) {
      m_stoppedByUser = true;
      vm.requestStop();
    }
  }

  void open(const GeneratorObj& gen, std::string text, int line) {
    if (m_result.steps.size() >= m_limits.maxTraceSteps) {
      ++m_result.moreSteps;
      m_open.erase(gen.id);
      return;
    }
    m_open[gen.id] = m_result.steps.size();
    m_result.steps.push_back(EvalStep{gen.id, gen.name, line, std::move(text)});
  }

  void close(const GeneratorObj& gen, const std::string& tail) {
    auto it = m_open.find(gen.id);
    if (it == m_open.end()) return;  // opened past the list's limit
    m_result.steps[it->second].text += tail;
    m_open.erase(it);
  }

  const EvalLimits& m_limits;
  EvalResult& m_result;
  bool (*m_shouldStop)(void*);
  void* m_stopContext;
  int64_t m_deadline;
  bool m_timedOut = false;
  bool m_stoppedByUser = false;
  std::map<uint64_t, size_t> m_open;                   // generator id -> its open entry in steps
  std::map<uint64_t, std::string> m_pendingException;  // generator id -> exception passing through
};

std::string cut(std::string text, size_t limit) {
  if (limit && text.size() > limit) {
    text.resize(limit);
    text += "...";
  }
  return text;
}

// The frame `index` frames out from the event's frame, or null.
Frame* frameAt(Frame* eventFrame, int index) {
  Frame* f = eventFrame;
  for (int i = 0; f && i < index; ++i) f = f->back;
  return index < 0 ? nullptr : f;
}

GeneratorObj* generatorById(VM& vm, uint64_t id) {
  for (GeneratorObj* g : vm.liveGenerators())
    if (g->id == id) return g;
  return nullptr;
}

// Where names resolve: (globals, locals) as eval(src, f_globals, f_locals).
struct Scope {
  Ref<DictObj> globals;
  Ref<DictObj> locals;
};

Scope scopeOf(VM& vm, Frame* frame) {
  Scope scope;
  if (!frame) {  // the run has ended: the module's namespace
    scope.globals = Ref<DictObj>(vm.mainGlobals());
    scope.locals = scope.globals;
    return scope;
  }
  scope.globals = frame->globals;
  if (frame->localsDict) {  // the module or a class body: its namespace itself
    scope.locals = frame->localsDict;
    return scope;
  }
  Value dict = newDict();
  DictObj* d = dict.as<DictObj>();
  for (auto& [name, value] : frameLocals(*frame)) d->setStr(name, value);
  scope.locals = Ref<DictObj>(d);
  return scope;
}

// Parses and compiles `source`; a final expression statement becomes an
// assignment to kAnswerName. `isExpression`: the whole source is one expression.
Ref<CodeObj> compileQuestion(const std::string& source, bool& hasAnswer, bool& isExpression, EvalResult& result) {
  ParseResult parsed = parse(source, "<string>");
  if (parsed.error) {
    result.status = EvalStatus::SyntaxError;
    result.exception = parsed.error->type + ": " + parsed.error->message;
    return {};
  }
  ast::Body& body = parsed.module->body;
  if (body.empty()) {
    result.status = EvalStatus::Failed;
    result.message = "There is nothing to evaluate.";
    return {};
  }
  isExpression = body.size() == 1 && body[0]->kind == ast::StmtKind::ExprStmt;
  hasAnswer = body.back()->kind == ast::StmtKind::ExprStmt;
  if (hasAnswer) {
    ast::StmtP& last = body.back();
    ast::StmtP assign = ast::makeStmt(ast::StmtKind::Assign, last->span);
    ast::ExprP target = ast::makeExpr(ast::ExprKind::Name, last->span);
    target->id = kAnswerName;
    target->ctx = ast::Ctx::Store;
    assign->targets.push_back(std::move(target));
    assign->value = std::move(last->value);
    last = std::move(assign);
    parsed.symbols.reset();  // the tree changed: the compiler resolves it again
  }
  CompileResult compiled = compileModule(parsed, "<string>", source);
  if (compiled.error) {
    result.status = EvalStatus::SyntaxError;
    result.exception = compiled.error->type + ": " + compiled.error->message;
    return {};
  }
  return compiled.code;
}

// Runs `code` as eval/exec would, in a frame above the paused one.
void runQuestion(VM::Impl& I, CodeObj* code, const Scope& scope) {
  Frame* f = I.allocFrame(code);
  f->globals = scope.globals;
  f->localsDict = scope.locals;
  I.silentResume = true;  // like the module's, its opening call is not an event
  I.pushFrame(f, true);
  bool yielded = false;
  I.execute(f, yielded, nullptr);
}

void describeValue(VM& vm, const Value& v, const EvalLimits& limits, EvalResult& result) {
  result.status = EvalStatus::Value;
  result.repr = cut(vm.repr(v), limits.reprLimit);
  result.typeName = typeName(v);
  if (v.is(ObjKind::Generator)) result.generatorId = v.as<GeneratorObj>()->id;
}

bool isStopIteration(const Value& exc) {
  return exc.is(ObjKind::Instance) && exc.as<InstanceObj>()->cls->isSubclassOf(T().StopIteration);
}

// What next() would do, from how the evaluation of next(g) ended.
void describePeek(const Value& exc, EvalResult& result) {
  if (result.status == EvalStatus::Value) {
    result.peek = "yields " + cut(result.repr, 200);
  } else if (result.status == EvalStatus::Raised && isStopIteration(exc)) {
    const InstanceObj* inst = exc.as<InstanceObj>();
    const bool hasValue = inst->args.is(ObjKind::Tuple) && !inst->args.as<TupleObj>()->items.empty() &&
                          !inst->args.as<TupleObj>()->items[0].isNone();
    result.peek = hasValue ? "finishes, returning " + shortRepr(inst->args.as<TupleObj>()->items[0], 200)
                           : std::string("finishes");
  } else if (result.status == EvalStatus::Raised) {
    result.peek = "raises " + result.exception;
  } else {
    result.peek = result.message;
  }
}

void stoppedResult(const VMAbort& a, const EvalTracer& tracer, const EvalLimits& limits, EvalResult& result) {
  result.status = EvalStatus::Stopped;
  if (tracer.timedOut())
    result.message =
        "Stopped: the evaluation ran longer than " + std::to_string(limits.maxMillis) + " ms (it may never end).";
  else if (a.status == RunStatus::StepBudget)
    result.message =
        "Stopped: the evaluation ran more than " + std::to_string(limits.maxSteps) + " steps (it may never end).";
  else
    result.message = "Stopped.";
}

}  // namespace

std::string EvalResult::headline() const {
  switch (status) {
    case EvalStatus::Value:
      return repr;
    case EvalStatus::NoValue:
      return {};
    case EvalStatus::Raised:
    case EvalStatus::SyntaxError:
      return exception;
    case EvalStatus::Stopped:
    case EvalStatus::Failed:
      return message;
  }
  return {};
}

EvalResult evaluateInPausedVm(VM& vm, Frame* eventFrame, const EvalRequest& request, bool (*shouldStop)(void*),
                              void* stopContext) {
  EvalResult result;
  VM::Impl& I = vm.impl();
  const EvalLimits& limits = request.limits;

  // Where, and what.
  GeneratorObj* peeked = nullptr;
  Frame* frame = nullptr;
  if (request.peekGenerator) {
    peeked = generatorById(vm, request.peekGenerator);
    if (!peeked) {
      result.message = "Generator " + std::to_string(request.peekGenerator) + " no longer exists at this step.";
      result.peek = "is gone";
      return result;
    }
  } else if (request.frameOfGenerator) {
    GeneratorObj* g = generatorById(vm, request.frameOfGenerator);
    if (!g || !g->frame) {
      result.message = "That generator has no frame at this step (it is closed or gone).";
      return result;
    }
    frame = g->frame.get();
  } else {
    frame = frameAt(eventFrame, request.frameIndex);
    if (!frame && (eventFrame || request.frameIndex != 0)) {
      result.message = "There is no frame " + std::to_string(request.frameIndex) + " at this step.";
      return result;
    }
  }
  bool hasAnswer = false, isExpression = false;
  Ref<CodeObj> code;
  if (!peeked) {
    code = compileQuestion(request.source, hasAnswer, isExpression, result);
    if (!code) return result;
  }
  const Scope scope = peeked ? Scope{} : scopeOf(vm, frame);

  // The copy runs on its own budgets, into its own sinks.
  EvalTracer tracer(limits, result, shouldStop, stopContext);
  I.aborting = false;
  I.pendingAbort.reset();
  I.stopRequested = false;
  I.budgets.maxSteps = limits.maxSteps ? I.steps + limits.maxSteps : 0;
  I.budgets.maxMemoryBytes = limits.maxMemoryBytes ? I.heap.liveBytes + limits.maxMemoryBytes : 0;
  vm.setTracer(&tracer);
  auto printed = [&result, &limits](std::string_view text) {
    const size_t room = limits.maxOutputBytes > result.output.size() ? limits.maxOutputBytes - result.output.size() : 0;
    if (text.size() > room) result.outputCut = true;
    result.output.append(text.substr(0, room));
  };
  vm.setOutput(printed);
  vm.setErrorOutput(printed);

  Value exception;
  try {
    try {
      if (peeked) {
        Value next;
        I.builtins->getStr("next", next);
        Value arg = Value::object(peeked);
        describeValue(vm, vm.call(next, std::span<const Value>(&arg, 1)), limits, result);
      } else {
        runQuestion(I, code.get(), scope);
        Value answer;
        if (hasAnswer && scope.locals->getStr(kAnswerName, answer) && (isExpression || !answer.isNone()))
          describeValue(vm, answer, limits, result);
        else
          result.status = EvalStatus::NoValue;
      }
    } catch (PyErr& e) {
      exception = e.exc;
      result.status = EvalStatus::Raised;
      result.exception = exceptionText(e.exc);
    }
  } catch (VMAbort& a) {
    stoppedResult(a, tracer, limits, result);
  }
  if (peeked) describePeek(exception, result);
  vm.setTracer(nullptr);
  return result;
}

// ---------------------------------------------------------------- encoding

template <class A, ipc::Either<EvalLimits> S>
void transfer(A& a, S& l) {
  a(l.maxSteps), a(l.maxMemoryBytes), a(l.maxMillis), a(l.maxOutputBytes), a(l.maxTraceSteps), a(l.reprLimit);
}
template <class A, ipc::Either<EvalRequest> S>
void transfer(A& a, S& q) {
  a(q.source), a(q.frameIndex), a(q.frameOfGenerator), a(q.peekGenerator), a(q.limits);
}
template <class A, ipc::Either<EvalStep> S>
void transfer(A& a, S& s) {
  a(s.generatorId), a(s.function), a(s.line), a(s.text);
}
template <class A, ipc::Either<EvalResult> S>
void transfer(A& a, S& e) {
  a(e.status), a(e.repr), a(e.typeName), a(e.generatorId), a(e.exception), a(e.message), a(e.output);
  a(e.outputCut), a(e.steps), a(e.moreSteps), a(e.eventsRun), a(e.peek), a(e.micros);
}

std::string encodeEvalRequest(const EvalRequest& request) {
  return ipc::encode(request);
}
bool decodeEvalRequest(std::string_view data, EvalRequest& request) {
  return ipc::decode(data, request);
}
std::string encodeEvalResult(const EvalResult& result) {
  return ipc::encode(result);
}
bool decodeEvalResult(std::string_view data, EvalResult& result) {
  return ipc::decode(data, result);
}

}  // namespace ys
