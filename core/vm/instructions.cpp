// instructions.cpp — the instructions the dispatch loop (vm.cpp, execute)
// leaves out of its switch.
//
// execute() keeps inline what a loop runs over and over: loads and stores of
// locals, constants, globals and attributes, small-int arithmetic and
// comparisons, jumps, FOR_ITER, CALL, RETURN_VALUE and YIELD_VALUE. Every
// other opcode comes here through coldInstruction(), one more switch and one
// call away: either rare (match, with, import, del, class and function
// definitions) or doing work (an allocation, a call, a lookup by name) that
// dwarfs that call. Each works on the frame's own stack (Frame::stack and
// Frame::sp) exactly as the loop does; none changes the running frame.
#include <string>
#include <vector>

#include "core/lib/builtins.h"
#include "core/lib/builtins_util.h"
#include "core/vm/vm_internal.h"

namespace ys {

// The same stack macros as execute's, on the frame f of each function here.
#define PUSH(v) (stk[f->sp++] = (v))
#define POP() std::move(stk[--f->sp])
#define TOP() stk[f->sp - 1]
#define PEEK(n) stk[f->sp - (n)]

void VM::Impl::coldInstruction(Frame* f, Instr in) {
  Value* stk = f->stack.data();
  CodeObj* co = f->code.get();
  switch (in.op) {
    case DELETE_FAST:
      if (f->locals[size_t(in.arg)].isUnbound()) unboundLocal(co, in.arg);
      f->locals[size_t(in.arg)] = Value::unbound();
      break;
    case LOAD_CLASSDEREF:
      return loadClassDeref(f, in.arg);
    case DELETE_DEREF: {
      CellObj* c = f->locals[size_t(in.arg)].as<CellObj>();
      c->value = Value();
      c->bound = false;
      break;
    }
    case LOAD_CLOSURE:
      PUSH(f->locals[size_t(in.arg)]);
      break;
    case MAKE_CELL:
      break;
    case DELETE_GLOBAL:
      if (!f->globals->remove(co->names[size_t(in.arg)])) raiseNameError(co->names[size_t(in.arg)]);
      break;
    case DELETE_NAME: {
      DictObj* ns = f->localsDict ? f->localsDict.get() : f->globals.get();
      if (!ns->remove(co->names[size_t(in.arg)])) raiseNameError(co->names[size_t(in.arg)]);
      break;
    }
    case DELETE_ATTR: {
      Value o = POP();
      delAttr(o, co->names[size_t(in.arg)]);
      break;
    }
    case CALL_EX:
      return callEx(f, in.arg);  // builds vectors of arguments anyway
    // No fast path: unaryOp() does the work, and `not` (UNARY_NOT) stays in the loop.
    case UNARY_NEGATIVE:
    case UNARY_POSITIVE:
    case UNARY_INVERT: {
      Value& a = TOP();
      a = unaryOp(in.op, a);
      break;
    }
    case DELETE_SUBSCR: {
      Value k = POP();
      Value o = POP();
      delItem(o, k);
      break;
    }
    case BUILD_SLICE: {
      Value c = in.arg == 3 ? POP() : Value();
      Value b = POP();
      Value a = POP();
      PUSH(Value::adopt(make<SliceObj>(a, b, c)));
      break;
    }
    case BUILD_TUPLE:
    case BUILD_LIST:
    case BUILD_SET:
    case BUILD_MAP:
    case BUILD_CONST_KEY_MAP:
    case BUILD_STRING:
      return buildCollection(f, in);  // each allocates; the call is noise
    case SET_ADD: {
      Value v = POP();
      PEEK(in.arg).as<SetObj>()->add(v);
      break;
    }
    case MAP_ADD: {
      Value v = POP();
      Value k = POP();
      PEEK(in.arg).as<DictObj>()->set(k, std::move(v));
      break;
    }
    case LIST_EXTEND:
      return listExtend(f, in.arg);
    case SET_UPDATE:
      return setUpdate(f, in.arg);
    case DICT_UPDATE:
    case DICT_MERGE:
      return dictUpdate(f, in);
    case LIST_TO_TUPLE: {
      Value& v = TOP();
      v = newTuple(v.as<ListObj>()->items);
      break;
    }
    case UNPACK_SEQUENCE:
      return unpackSequence(f, in.arg);  // copies n refcounted values
    case UNPACK_EX: {
      Value seq = POP();
      int before = in.arg & 0xff, after = in.arg >> 8;
      unpack(seq, before, after, true, &stk[f->sp]);
      f->sp += before + after + 1;
      break;
    }
    case GET_YIELD_FROM_ITER: {
      Value& v = TOP();
      if (!v.is(ObjKind::Generator)) v = getIter(v);
      break;
    }
    case SEND:
      return sendToDelegate(f, in.arg);  // resumes a delegate: a nested execute()
    case MAKE_FUNCTION:
      return makeFunction(f, in.arg);
    case BUILD_CLASS: {
      Value bases = POP();
      Value name = POP();
      Value body = POP();
      PUSH(buildClass(body, name, bases));
      break;
    }
    case PUSH_EXC_INFO: {
      Value e = POP();
      PUSH(f->currentException);
      f->currentException = e;
      PUSH(std::move(e));
      break;
    }
    case POP_EXCEPT:
      f->currentException = POP();
      break;
    case CHECK_EXC_MATCH: {
      Value type = POP();
      bool m = exceptionMatches(TOP(), type);
      PUSH(Value::boolean(m));
      break;
    }
    case GET_LEN:
    case MATCH_SEQUENCE:
    case MATCH_MAPPING:
    case MATCH_KEYS:
    case MATCH_CLASS:
    case COPY_DICT_WITHOUT_KEYS:
      return matchInstruction(f, in);
    case BEFORE_WITH:
      return beforeWith(f);
    case WITH_EXIT: {
      Value exitM = POP();
      Value args[3];
      callObject(exitM, args, 3, nullptr, 0);
      break;
    }
    case WITH_EXCEPT_START: {
      Value e = TOP();
      Value exitM = PEEK(3);
      Value args[3] = {Value::object(typeOf(e)), e, tracebackObject(e)};
      PUSH(callObject(exitM, args, 3, nullptr, 0));
      break;
    }
    case LOAD_ASSERTION_ERROR:
      PUSH(Value::object(T().AssertionError));
      break;
    case IMPORT_NAME: {
      std::string name = strOf(co->names[size_t(in.arg & 0xffffff)]);
      Value m = importName(name);
      if ((in.arg >> 24) & 1) m = importName(name.substr(0, name.find('.')));
      PUSH(std::move(m));
      break;
    }
    case IMPORT_FROM:
      return importFrom(f, co->names[size_t(in.arg)]);
    case FORMAT_VALUE: {  // builds a new str
      Value spec;
      bool hasSpec = in.arg & FV_HAS_SPEC;
      if (hasSpec) spec = POP();
      Value& v = TOP();
      v = formatValue(v, in.arg & 0xff, hasSpec ? &spec : nullptr);
      break;
    }
    default:
      raise(T().SystemError, std::string("unknown opcode ") + opName(in.op));
  }
}

void VM::Impl::unboundLocal(CodeObj* co, int32_t slot) {
  raise(T().UnboundLocalError,
        "cannot access local variable '" + co->varnames[size_t(slot)] + "' where it is not associated with a value");
}

void VM::Impl::unboundCell(CodeObj* co, int32_t slot) {
  int32_t k = slot - co->freeStart;
  if (k >= 0)
    raise(T().NameError, "cannot access free variable '" + co->freevars[size_t(k)] +
                             "' where it is not associated with a value in enclosing scope");
  std::string nm;
  for (size_t i = 0; i < co->cellSlots.size(); ++i)
    if (co->cellSlots[i] == slot) nm = co->cellvars[i];
  raise(T().UnboundLocalError, "cannot access local variable '" + nm + "' where it is not associated with a value");
}

void VM::Impl::loadClassDeref(Frame* f, int32_t slot) {
  Value* stk = f->stack.data();
  CodeObj* co = f->code.get();
  if (f->localsDict) {
    // The class namespace shadows the enclosing function's cell.
    int32_t k = slot - co->freeStart;
    if (k >= 0) {
      Value v;
      if (f->localsDict->getStr(co->freevars[size_t(k)], v)) {
        PUSH(v);
        return;
      }
    }
  }
  CellObj* c = f->locals[size_t(slot)].as<CellObj>();
  if (!c->bound) unboundCell(co, slot);
  PUSH(c->value);
}

void VM::Impl::callEx(Frame* f, int32_t arg) {
  Value* stk = f->stack.data();
  Value kwargs;
  if (arg & 1) kwargs = POP();
  Value argsTuple = POP();
  Value callee = POP();
  if (!argsTuple.is(ObjKind::Tuple)) {  // f(*x) alone: x is still as it was
    if (!isIterable(argsTuple))
      raise(T().TypeError, functionStr(callee) + " argument after * must be an iterable, not " + typeName(argsTuple));
    std::vector<Value> items;
    forEachItem(argsTuple, [&items](const Value& v) { items.push_back(v); });
    argsTuple = newTuple(std::move(items));
  }
  std::vector<KwArg> kws;
  if (kwargs.is(ObjKind::Dict)) {
    for (auto& e : kwargs.as<DictObj>()->entries)
      if (e.live) {
        if (!e.key.is(ObjKind::Str)) raise(T().TypeError, "keywords must be strings");
        kws.push_back(KwArg{e.key, e.value});
      }
  }
  std::vector<Value> args = argsTuple.as<TupleObj>()->items;
  PUSH(callObject(callee, args.data(), args.size(), kws.data(), kws.size()));
}

void VM::Impl::buildCollection(Frame* f, Instr in) {
  Value* stk = f->stack.data();
  switch (in.op) {
    case BUILD_TUPLE: {
      std::vector<Value> items(size_t(in.arg));
      for (int i = in.arg - 1; i >= 0; --i) items[size_t(i)] = POP();
      PUSH(newTuple(std::move(items)));
      break;
    }
    case BUILD_LIST: {
      std::vector<Value> items(size_t(in.arg));
      for (int i = in.arg - 1; i >= 0; --i) items[size_t(i)] = POP();
      PUSH(newList(std::move(items)));
      break;
    }
    case BUILD_SET: {
      Value s = newSet();
      SetObj* so = s.as<SetObj>();
      for (int i = in.arg; i >= 1; --i) so->add(PEEK(i));
      for (int i = 0; i < in.arg; ++i) stk[--f->sp] = Value();
      PUSH(std::move(s));
      break;
    }
    case BUILD_MAP: {
      Value d = newDict();
      DictObj* dd = d.as<DictObj>();
      for (int i = in.arg; i >= 1; --i) dd->set(PEEK(2 * i), PEEK(2 * i - 1));
      for (int i = 0; i < 2 * in.arg; ++i) stk[--f->sp] = Value();
      PUSH(std::move(d));
      break;
    }
    case BUILD_CONST_KEY_MAP: {
      Value keys = POP();
      const std::vector<Value>& ks = keys.as<TupleObj>()->items;
      Value d = newDict();
      DictObj* dd = d.as<DictObj>();
      for (int i = 0; i < in.arg; ++i) dd->set(ks[size_t(i)], PEEK(in.arg - i));
      for (int i = 0; i < in.arg; ++i) stk[--f->sp] = Value();
      PUSH(std::move(d));
      break;
    }
    case BUILD_STRING: {
      std::string s;
      for (int i = in.arg; i >= 1; --i) s += PEEK(i).as<StrObj>()->view();
      for (int i = 0; i < in.arg; ++i) stk[--f->sp] = Value();
      PUSH(newStr(std::move(s)));
      break;
    }
  }
}

void VM::Impl::listExtend(Frame* f, int32_t arg) {
  Value* stk = f->stack.data();
  Value it = POP();
  Value lst = PEEK(arg);
  ListObj* l = lst.as<ListObj>();
  if (!isIterable(it)) raise(T().TypeError, "Value after * must be an iterable, not " + typeName(it));
  if (it.is(ObjKind::List) || it.is(ObjKind::Tuple)) {
    // CPython's list_extend: one resize to the final size.
    l->extend(it.is(ObjKind::List) ? it.as<ListObj>()->items : it.as<TupleObj>()->items);
  } else {
    listExtendIter(vm, l, it);  // list_extend's iterator path: presized by the length hint
  }
}

void VM::Impl::setUpdate(Frame* f, int32_t arg) {
  Value* stk = f->stack.data();
  Value it = POP();
  SetObj* s = PEEK(arg).as<SetObj>();
  if (it.is(ObjKind::Set)) {  // set_merge, as CPython: its order and table size
    s->update(*it.as<SetObj>());
    return;
  }
  forEachItem(it, [s](const Value& v) { s->add(v); });
}

// DICT_UPDATE ({**m}) and DICT_MERGE (f(**m), where a repeated key is an error).
void VM::Impl::dictUpdate(Frame* f, Instr in) {
  Value* stk = f->stack.data();
  Value m = POP();
  DictObj* d = PEEK(in.arg).as<DictObj>();
  // f(**m): the callee is below the args tuple and dict.
  auto callee = [&] { return functionStr(PEEK(in.arg + 2)); };
  auto add = [&](const Value& key, const Value& value) {
    if (in.op == DICT_MERGE && d->find(key))
      raise(T().TypeError, callee() + " got multiple values for keyword argument '" + str(key) + "'");
    d->set(key, value);
  };
  if (m.is(ObjKind::Dict)) {
    const DictObj& src = *m.as<DictObj>();
    if (in.op == DICT_MERGE)  // the kwargs dict is dropped on the error: check first
      for (const DictObj::Entry& e : src.entries)
        if (e.live && d->find(e.key))
          raise(T().TypeError, callee() + " got multiple values for keyword argument '" + str(e.key) + "'");
    d->merge(src);  // dict_merge: its clone and presizing
    return;
  }
  // Any other mapping is read through keys() and [], as PyDict_Merge does.
  Value keys;
  if (!m.is(ObjKind::Instance) || !lookupAttr(m, internStr("keys"), keys)) {
    if (in.op == DICT_MERGE)
      raise(T().TypeError, callee() + " argument after ** must be a mapping, not " + typeName(m));
    raise(T().TypeError, "'" + typeName(m) + "' object is not a mapping");
  }
  forEachItem(callObject(keys, nullptr, 0, nullptr, 0), [&](const Value& key) { add(key, getItem(m, key)); });
}

bool VM::Impl::isIterable(const Value& o) {
  Value m;
  if (o.is(ObjKind::Instance)) return lookupSpecial(o, "__iter__", m) || lookupSpecial(o, "__getitem__", m);
  return o.isObj() && kindSlots(o.asObj()->kind).iter;
}

std::string VM::Impl::functionStr(const Value& callee) {
  auto qualified = [](const std::string& module, const std::string& qualname) {
    return (module.empty() || module == "builtins" ? "" : module + ".") + qualname + "()";
  };
  if (callee.is(ObjKind::BoundMethod)) return functionStr(callee.as<BoundMethodObj>()->func);
  if (callee.is(ObjKind::Function)) return qualified("__main__", callee.as<FunctionObj>()->qualname);
  if (callee.is(ObjKind::Class))
    return qualified(callee.as<ClassObj>()->module, callee.as<ClassObj>()->qualifiedName());
  if (callee.is(ObjKind::Builtin)) {
    const BuiltinObj* b = callee.as<BuiltinObj>();
    return (b->ownerType ? b->ownerType->name + "." : std::string()) + b->name + "()";
  }
  return str(callee);  // no __qualname__: CPython falls back to str()
}

void VM::Impl::unpackSequence(Frame* f, int32_t n) {
  Value* stk = f->stack.data();
  Value seq = POP();
  if (seq.is(ObjKind::Tuple) && int(seq.as<TupleObj>()->items.size()) == n) {
    const auto& items = seq.as<TupleObj>()->items;
    for (int i = n - 1; i >= 0; --i) PUSH(items[size_t(i)]);
    return;
  }
  if (seq.is(ObjKind::List) && int(seq.as<ListObj>()->items.size()) == n) {
    const auto& items = seq.as<ListObj>()->items;
    for (int i = n - 1; i >= 0; --i) PUSH(items[size_t(i)]);
    return;
  }
  unpack(seq, n, 0, false, &stk[f->sp]);
  f->sp += n;
}

// SEND (yield from / await): resumes the delegate with the value on top; when
// it is finished, its return value replaces it and control jumps to `target`.
void VM::Impl::sendToDelegate(Frame* f, int32_t target) {
  Value* stk = f->stack.data();
  Value v = POP();
  Value it = TOP();
  Value r;
  bool done = false;
  if (it.is(ObjKind::Generator)) {
    bool y = false;
    r = resume(it.as<GeneratorObj>(), v, nullptr, y);
    done = !y;
    // CPython (tracing) sees a StopIteration when the subgenerator
    // returns a value or was sent one.
    if (done && tracer && (!v.isNone() || !r.isNone())) stopIterationEvent(f);
  } else if (v.isNone() && !it.is(ObjKind::Instance)) {
    if (tracer)
      done = !forIterTraced(f, it, r);
    else
      done = !iterNext(it, r);
    // map(f, it) and the like pass on their source's StopIteration value.
    if (done && !stopExc.isNone()) {
      r = getAttr(stopExc, internStr("value"));
      stopExc = Value();
    }
  } else if (v.isNone()) {
    // A class iterator: its StopIteration's value is the value of
    // the `yield from` expression (PEP 380), so catch it here
    // rather than in iterNext, which drops the value.
    Value next;
    if (!lookupSpecial(it, "__next__", next)) raise(T().TypeError, "'" + typeName(it) + "' object is not an iterator");
    try {
      r = callMethod(it, next, {});
    } catch (PyErr& e) {
      if (!exceptionMatches(e.exc, Value::object(T().StopIteration))) throw;
      r = getAttr(e.exc, internStr("value"));
      done = true;
      if (tracer) event(EventKind::Exception, f, f->lastLine, &e.exc);
    }
  } else {
    Value send;
    if (!lookupAttr(it, internStr("send"), send))
      raise(T().AttributeError, "'" + typeName(it) + "' object has no attribute 'send'");
    try {
      r = callObject(send, &v, 1, nullptr, 0);
    } catch (PyErr& e) {
      if (!exceptionMatches(e.exc, Value::object(T().StopIteration))) throw;
      r = getAttr(e.exc, internStr("value"));
      done = true;
      if (tracer) event(EventKind::Exception, f, f->lastLine, &e.exc);
    }
  }
  if (done) {
    TOP() = std::move(r);
    f->ip = target;
  } else {
    PUSH(std::move(r));
  }
}

void VM::Impl::makeFunction(Frame* f, int32_t flags) {
  Value* stk = f->stack.data();
  Value codeV = POP();
  auto* fn = make<FunctionObj>();
  Value fv = Value::adopt(fn);
  CodeObj* c = codeV.as<CodeObj>();
  fn->code = Ref<CodeObj>(c);
  fn->globals = f->globals;
  fn->name = c->name;
  fn->qualname = c->qualname;
  if (flags & MF_CLOSURE) {
    Value cl = POP();
    for (auto& cell : cl.as<TupleObj>()->items) fn->closure.push_back(Ref<CellObj>(cell.as<CellObj>()));
  }
  if (flags & MF_KWDEFAULTS) {
    Value kd = POP();
    fn->kwdefaults = Ref<DictObj>(kd.as<DictObj>());
  }
  if (flags & MF_DEFAULTS) {
    Value d = POP();
    fn->defaults = d.as<TupleObj>()->items;
  }
  PUSH(std::move(fv));
}

Value VM::Impl::exceptionToReraise(Frame* f) {
  for (Frame* fr = f; fr; fr = fr->back)
    if (!fr->currentException.isNone()) return fr->currentException;
  raise(T().RuntimeError, "No active exception to reraise");
}

void VM::Impl::raiseFromStack(Frame* f, int32_t argc) {
  Value* stk = f->stack.data();
  Value cause;
  if (argc == 2) cause = POP();
  // POP() into a Value first: makeException takes a const reference,
  // so POP()'s move would not happen and the stack slot would keep
  // the exception (and what its traceback keeps) alive.
  Value raised = POP();
  Value e = makeException(raised);
  if (argc == 2) {
    InstanceObj* inst = e.as<InstanceObj>();
    if (cause.isNone()) {
      inst->cause = Value();
    } else {
      // do_raise words a cause that is neither an exception class nor an
      // exception instance on its own.
      const bool isExc = (cause.is(ObjKind::Class) && cause.as<ClassObj>()->isException) ||
                         (cause.is(ObjKind::Instance) && cause.as<InstanceObj>()->cls->isException);
      if (!isExc) raise(T().TypeError, "exception causes must derive from BaseException");
      Value c = makeException(cause);
      inst->cause = c;
    }
    inst->suppressContext = true;
  }
  throw PyErr{e};
}

// GET_LEN and the MATCH_* instructions of a `match` statement.
void VM::Impl::matchInstruction(Frame* f, Instr in) {
  Value* stk = f->stack.data();
  switch (in.op) {
    case GET_LEN: {
      int64_t n = length(TOP());
      PUSH(Value::integer(n));
      break;
    }
    case MATCH_SEQUENCE: {
      bool m = matchSequence(TOP());
      PUSH(Value::boolean(m));
      break;
    }
    case MATCH_MAPPING: {
      bool m = matchMapping(TOP());
      PUSH(Value::boolean(m));
      break;
    }
    case MATCH_KEYS: {
      Value r = matchKeys(PEEK(2), TOP());
      PUSH(std::move(r));
      break;
    }
    case MATCH_CLASS: {
      Value names = POP();
      Value cls = POP();
      Value& subject = TOP();
      subject = matchClass(subject, cls, names, in.arg);
      break;
    }
    case COPY_DICT_WITHOUT_KEYS: {
      Value keys = POP();
      Value& subject = TOP();
      subject = dictWithoutKeys(subject, keys);
      break;
    }
  }
}

void VM::Impl::beforeWith(Frame* f) {
  Value* stk = f->stack.data();
  // The manager stays on the stack until both methods are found: one that
  // lacks them is released by the unwinding, after the exception event, as
  // in CPython (BEFORE_WITH keeps its operand when it raises).
  Value mgr = TOP();
  Value enter, exitM;
  if (!lookupSpecial(mgr, "__enter__", enter))
    raise(T().TypeError, "'" + typeName(mgr) + "' object does not support the context manager protocol");
  if (!lookupSpecial(mgr, "__exit__", exitM))
    raise(T().TypeError,
          "'" + typeName(mgr) + "' object does not support the context manager protocol (missed __exit__ method)");
  TOP() = Value::adopt(make<BoundMethodObj>(mgr, exitM));
  PUSH(callObject(enter, &mgr, 1, nullptr, 0));
}

void VM::Impl::importFrom(Frame* f, const Value& name) {
  Value* stk = f->stack.data();
  Value v;
  if (!lookupAttr(TOP(), name, v)) {
    std::string modName = TOP().is(ObjKind::Module) ? TOP().as<ModuleObj>()->name : "?";
    refuseMissingModuleName(modName, strOf(name));
    raise(T().ImportError, "cannot import name '" + strOf(name) + "' from '" + modName + "' (unknown location)");
  }
  PUSH(std::move(v));
}

#undef PUSH
#undef POP
#undef TOP
#undef PEEK

}  // namespace ys
