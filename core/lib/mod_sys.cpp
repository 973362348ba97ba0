// mod_sys.cpp — the sys module, as far as a sandboxed program can see it.
//
// sys.stdout / sys.stderr are instances of a small built-in class whose
// write() goes to VM::write (stdout) or to the stderr sink (builtins.h), so
// print(..., file=sys.stderr) and sys.stdout.write behave as in python3.
// sys.getsizeof answers with the memory model's CPython 3.11 sizes.
// setrecursionlimit changes the running VM's own limit (VM::Impl), which
// its depth checks use; getrecursionlimit reads it back.
#include <climits>
#include <mutex>

#include "core/lib/builtins_util.h"
#include "core/runtime/memory.h"

namespace ys {

bool complexParts(const Value& v, double& re, double& im);  // mod_complex.cpp

namespace {

ClassObj* g_streamClass = nullptr;

int64_t streamNumber(Args a) {
  if (a.size() == 0 || !a[0].is(ObjKind::Instance) || a[0].as<InstanceObj>()->cls.get() != g_streamClass)
    raiseType("descriptor requires a '_io.TextIOWrapper' object");
  return nativeState(a[0]).asInt();
}

Value streamWrite(Interpreter& vm, Args a, const Value&) {
  int64_t fd = streamNumber(a);
  noKwargs(a, "write");
  if (a.size() != 2)
    raiseType("TextIOWrapper.write() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
  if (!a[1].is(ObjKind::Str)) raiseType("write() argument must be str, not " + argTypeName(a[1]));
  if (fd == 1)
    vm.write(strView(a[1]));
  else
    vm.writeError(strView(a[1]));
  return Value::integer(a[1].as<StrObj>()->length);
}

Value streamFlush(Interpreter&, Args a, const Value&) {
  streamNumber(a);
  return {};
}

Value streamRepr(Interpreter&, Args a, const Value&) {
  int64_t fd = streamNumber(a);
  return str(std::string("<_io.TextIOWrapper name='<") + (fd == 1 ? "stdout" : "stderr") +
             ">' mode='w' encoding='utf-8'>");
}

Value newStream(int64_t fd) {
  InstanceObj* s = make<InstanceObj>(g_streamClass);
  s->args = Value::integer(fd);
  return Value::adopt(s);
}

Value sys_getsizeof(Interpreter& vm, Args a, const Value&) {
  clinicParams(a, "getsizeof", {"object", "default"}, {.required = 1});
  const Value& v = *argOrKwarg(a, 0, "object");
  Value m;
  if (v.is(ObjKind::Instance) && typeOf(v)->lookup("__sizeof__", m) && !m.is(ObjKind::Builtin)) {
    Value r = vm.call(vm.getAttr(v, "__sizeof__"), {});
    if (!isIntValue(r)) raiseType("an integer is required");
    return vm.add(r, Value::integer(16));  // the GC header CPython adds
  }
  double re, im;
  if (complexParts(v, re, im)) return Value::integer(32);  // PyComplexObject
  int64_t native = collectionsSizeof(v);
  if (native >= 0) return Value::integer(native);
  if (v.is(ObjKind::Instance)) {
    ClassObj* c = v.as<InstanceObj>()->cls.get();
    if (c->isBuiltin && c->module == "builtins" &&
        (c->name == "dict_keys" || c->name == "dict_values" || c->name == "dict_items"))
      return Value::integer(40);
    if (c->isBuiltin && c->module == "functools" && c->name == "partial") return Value::integer(80);
  }
  return Value::integer(getsizeof(v));
}

Value sys_getrecursionlimit(Interpreter& vm, Args a, const Value&) {
  noArgs(a, "sys.getrecursionlimit");
  return Value::integer(vm.recursionLimit());
}

Value sys_setrecursionlimit(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "setrecursionlimit");
  if (a.size() != 1)
    raiseType("sys.setrecursionlimit() takes exactly one argument (" + std::to_string(a.size()) + " given)");
  if (a[0].isFloat()) raiseType("'float' object cannot be interpreted as an integer");
  // CPython converts to a C int first, then checks the range and the depth.
  int64_t n;
  try {
    n = indexOf(a[0]);
  } catch (const PyErr& e) {
    if (!errIs(e, T().OverflowError)) throw;
    throwError(T().OverflowError, "Python int too large to convert to C int");
  }
  if (n > INT_MAX || n < INT_MIN) throwError(T().OverflowError, "Python int too large to convert to C int");
  if (n < 1) raiseValue("recursion limit must be greater or equal than 1");
  const int depth = vm.recursionDepth();
  if (depth >= n)
    throwError(T().RecursionError, "cannot set the recursion limit to " + std::to_string(n) +
                                       " at the recursion depth " + std::to_string(depth) + ": the limit is too low");
  vm.setRecursionLimit(n);
  return {};
}

Value sys_exit(Interpreter&, Args a, const Value&) {
  noKwargs(a, "sys.exit");
  unpackCount(a, "exit", 0, 1);
  std::vector<Value> args;
  if (a.size() == 1) args.push_back(a[0]);
  throw PyErr{newException(T().SystemExit, std::move(args))};
}

Value sys_intern(Interpreter&, Args a, const Value&) {
  exactlyOne(a, "sys.intern");
  if (!a[0].is(ObjKind::Str)) raiseType("intern() argument must be str, not " + typeName(a[0]));
  return a[0];
}

Value sys_exc_info(Interpreter& vm, Args a, const Value&) {
  noArgs(a, "sys.exc_info");
  for (Frame* f = vm.currentFrame(); f; f = f->back) {
    if (!f->currentException.isNone()) {
      const Value& e = f->currentException;
      return newTuple({Value::object(typeOf(e)), e, tracebackObject(e)});
    }
  }
  return newTuple({Value(), Value(), Value()});
}

std::string scriptName(Interpreter& vm) {
  Frame* f = vm.currentFrame();
  while (f && f->back) f = f->back;
  if (f && f->code) return f->code->filename;
  return "";
}

// The embedder's argv (run FILE ARG..., run -c CODE ARG...), else the script's name.
Value argvList(Interpreter& vm) {
  std::vector<Value> argv;
  for (const std::string& a : vm.argv()) argv.push_back(str(a));
  if (argv.empty()) argv.push_back(str(scriptName(vm)));
  return newList(std::move(argv));
}

}  // namespace

// sys.version_info: a struct sequence in CPython, a namedtuple here, named
// and worded as that type is ("sys.version_info(major=3, ...)", a field is a
// "readonly attribute").
Value versionInfo(Interpreter& vm) {
  const Value namedtuple = vm.getAttr(vm.importName("collections"), "namedtuple");
  const Value classArgs[] = {str("version_info"), str("major minor micro releaselevel serial")};
  const Value cls = vm.call(namedtuple, classArgs);
  ClassObj* c = cls.as<ClassObj>();
  c->tpName = "sys.version_info";
  c->module = "sys";
  for (auto& e : c->dict->entries)
    if (e.live && e.value.is(ObjKind::Property)) e.value.as<PropertyObj>()->kind = DescriptorKind::Member;
  const Value fields[] = {Value::integer(3), Value::integer(11), Value::integer(7), str("final"), Value::integer(0)};
  return vm.call(cls, fields);
}

Value makeSysModule(Interpreter& vm) {
  static std::once_flag once;
  std::call_once(once, [] {
    g_streamClass = newNativeClass("TextIOWrapper", "_io");
    g_streamClass->instancesTakeAttributes = true;
    addMethods(g_streamClass, {{"write", streamWrite}, {"flush", streamFlush}, {"__repr__", streamRepr}});
  });
  return newModule("sys",
                   {{"getsizeof", sys_getsizeof},
                    {"getrecursionlimit", sys_getrecursionlimit},
                    {"setrecursionlimit", sys_setrecursionlimit},
                    {"exit", sys_exit},
                    {"intern", sys_intern},
                    {"exc_info", sys_exc_info}},
                   {{"stdout", newStream(1)},
                    {"stderr", newStream(2)},
                    {"__stdout__", newStream(1)},
                    {"__stderr__", newStream(2)},
                    {"argv", argvList(vm)},
                    {"maxsize", Value::integer(INT64_MAX)},
                    {"byteorder", str("little")},
                    {"platform", str("linux")},
                    {"version", str("3.11.7 (Yieldscope)")},
                    {"version_info", versionInfo(vm)},
                    {"hexversion", Value::integer(0x30b07f0)},
                    {"path", newList()},
                    {"modules", newDict()}});
}

}  // namespace ys
