// builtins.cpp — the builtins module (print, len, range, sorted, ...), the
// constructors of the built-in types, the exception classes' methods, and the
// helpers of builtins_util.h.
//
// Every builtin is a plain NativeFn. Iterators (enumerate, zip, map, filter,
// reversed, iter(callable, sentinel)) are NativeIterObj subclasses that pull
// one item at a time from their sources, exactly as lazily as CPython's.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <set>

#include "core/base/format.h"
#include "core/frontend/ast.h"
#include "core/lib/builtins_util.h"
#include "core/lib/bytes_ops.h"
#include "core/runtime/memory.h"

namespace ys {

// ================================================================ helpers

void raiseType(const std::string& msg) {
  throwError(T().TypeError, msg);
}
void raiseValue(const std::string& msg) {
  throwError(T().ValueError, msg);
}

Value notImplemented(Interpreter& vm) {
  return vm.builtin("NotImplemented");
}

void raiseIntTooLarge(int64_t maxBits) {
  throwError(T().MemoryError, "Yieldscope's limit: an int may have at most " + std::to_string(maxBits) +
                                  " bits (about " + std::to_string(int64_t(double(maxBits) * 0.30102999566398)) +
                                  " digits)");
}

ClassObj* formatErrorType(const FormatError& e) {
  switch (e.kind) {
    case FormatError::Kind::TypeError:
      return T().TypeError;
    case FormatError::Kind::OverflowError:
      return T().OverflowError;
    case FormatError::Kind::MemoryError:
      return T().MemoryError;
    default:
      return T().ValueError;
  }
}

void throwFormatError(const FormatError& e) {
  if (e.kind == FormatError::Kind::MemoryError) throwErrorNoArgs(T().MemoryError);  // MemoryError(), args ()
  throwError(formatErrorType(e), e.message);
}

bool errIs(const PyErr& e, ClassObj* type) {
  if (!e.exc.is(ObjKind::Instance)) return false;
  return e.exc.as<InstanceObj>()->cls->isSubclassOf(type);
}

void raiseDescriptorMismatch(std::string_view method, std::string_view type, const std::string& got) {
  raiseType("descriptor '" + std::string(method) + "' for '" + std::string(type) + "' objects doesn't apply to a '" +
            got + "' object");
}

CodecArgs codecArgs(Args a, std::string_view fname) {
  CodecArgs c{argOrKwarg(a, 1, "encoding"), argOrKwarg(a, 2, "errors")};
  for (const Value* p : {c.encoding, c.errors})
    if (p && !p->is(ObjKind::Str))
      raiseType(std::string(fname) + "() argument '" + (p == c.encoding ? "encoding" : "errors") +
                "' must be str, not " + argTypeName(*p));
  return c;
}

Value iterOrRaise(Interpreter& vm, const Value& iterable, const std::string& notIterable) {
  try {
    return vm.getIter(iterable);
  } catch (const PyErr& e) {
    if (errIs(e, T().TypeError)) raiseType(notIterable);
    throw;
  }
}

std::span<const Value> joinItems(Interpreter& vm, const Value& iterable, std::vector<Value>& read) {
  if (iterable.is(ObjKind::List)) return iterable.as<ListObj>()->items;
  if (iterable.is(ObjKind::Tuple)) return iterable.as<TupleObj>()->items;
  read = collect(vm, iterOrRaise(vm, iterable, "can only join an iterable"));
  return read;
}

Value subscriptMethod(Interpreter& vm, Args a) {
  methodCount(a, "__getitem__", 1, 1);
  return vm.getItem(a[0], a[1]);
}

void slotArgs(Args a, const char* slot, size_t n) {
  if (!a.kw.empty()) raiseType(std::string("wrapper ") + slot + "() takes no keyword arguments");
  if (a.size() != n + 1)
    raiseType("expected " + std::to_string(n) + (n == 1 ? " argument" : " arguments") + ", got " +
              std::to_string(a.size() - 1));
}

void noKwargs(Args a, std::string_view fname) {
  if (!a.kw.empty()) raiseType(std::string(fname) + "() takes no keyword arguments");
}

void allowKwargs(Args a, std::string_view fname, std::initializer_list<std::string_view> allowed) {
  for (const KwArg& k : a.kw) {
    std::string_view n = strView(k.name);
    if (std::find(allowed.begin(), allowed.end(), n) == allowed.end())
      raiseType("'" + std::string(n) + "' is an invalid keyword argument for " + std::string(fname) + "()");
  }
}

const Value* kwarg(Args a, std::string_view name) {
  for (const KwArg& k : a.kw)
    if (strView(k.name) == name) return &k.value;
  return nullptr;
}

void exactlyOne(Args a, std::string_view fname) {
  noKwargs(a, fname);
  if (a.size() != 1)
    raiseType(std::string(fname) + "() takes exactly one argument (" + std::to_string(a.size()) + " given)");
}

static std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

void unpackCount(Args a, std::string_view fname, size_t min, size_t max) {
  size_t n = a.size();
  if (n < min)
    raiseType(std::string(fname) + " expected " + (min == max ? "" : "at least ") + plural(min, "argument") + ", got " +
              std::to_string(n));
  if (n > max)
    raiseType(std::string(fname) + " expected " + (min == max ? "" : "at most ") + plural(max, "argument") + ", got " +
              std::to_string(n));
}

static void countMessage(std::string_view fname, size_t n, size_t min, size_t max) {
  std::string f(fname);
  if (max == 0) raiseType(f + "() takes no arguments (" + std::to_string(n) + " given)");
  if (min == max) raiseType(f + "() takes exactly " + plural(min, "argument") + " (" + std::to_string(n) + " given)");
  if (n < min) raiseType(f + "() takes at least " + plural(min, "argument") + " (" + std::to_string(n) + " given)");
  raiseType(f + "() takes at most " + plural(max, "argument") + " (" + std::to_string(n) + " given)");
}

void methodTakesCount(Args a, std::string_view fname, size_t min, size_t max) {
  const size_t n = a.size() ? a.size() - 1 : 0;
  if (n < min || n > max) countMessage(fname, n, min, max);
}

void clinicCount(Args a, std::string_view fname, size_t min, size_t max) {
  if (a.size() < min || a.size() > max) countMessage(fname, a.size(), min, max);
}

// A keyword naming one of the `params` that a positional argument already
// filled: "argument for isclose() given by name ('a') and position (1)".
static void refuseNamedTwice(Args a, std::string_view fname, std::initializer_list<std::string_view> params) {
  for (const KwArg& k : a.kw) {
    const std::string_view n = strView(k.name);
    const auto it = std::find(params.begin(), params.end(), n);
    if (it != params.end() && size_t(it - params.begin()) < a.pos.size())
      raiseType("argument for " + std::string(fname) + "() given by name ('" + std::string(n) + "') and position (" +
                std::to_string(it - params.begin() + 1) + ")");
  }
}

// _PyArg_UnpackKeywords (and PyArg_ParseTupleAndKeywords) check in this
// order: too many arguments in all, counting keywords ("keyword arguments"
// when none is positional), too many positional ones, too few positional-only
// ones, a required one missing, then a parameter given by name and position,
// then an unknown keyword: count(1, 2, step=3) is a TypeError, not count(1, 2),
// and combinations(x=1) is about 'iterable', not about x.
void clinicParams(Args a, std::string_view fname, std::initializer_list<std::string_view> params, ParamShape shape) {
  const std::string f(fname);
  const size_t total = a.pos.size() + a.kw.size(), nargs = a.pos.size();
  const size_t maxPositional = std::min(shape.maxPositional, params.size());
  if (total > params.size())
    raiseType(f + "() takes at most " + std::to_string(params.size()) + " " + (a.pos.empty() ? "keyword " : "") +
              (params.size() == 1 ? "argument" : "arguments") + " (" + std::to_string(total) + " given)");
  if (nargs > maxPositional) {
    if (maxPositional == 0) raiseType(f + "() takes no positional arguments");
    raiseType(f + "() takes " + (shape.required < maxPositional ? "at most " : "exactly ") +
              plural(maxPositional, "positional argument") + " (" + std::to_string(nargs) + " given)");
  }
  const size_t minPositionalOnly = std::min(shape.positionalOnly, shape.required);
  if (nargs < minPositionalOnly)
    raiseType(f + "() takes " + (minPositionalOnly < maxPositional ? "at least " : "exactly ") +
              plural(minPositionalOnly, "positional argument") + " (" + std::to_string(nargs) + " given)");
  const std::string_view* names = params.begin();
  for (size_t i = std::max(nargs, shape.positionalOnly); i < shape.required; ++i)
    if (!kwarg(a, names[i]))
      raiseType(f + "() missing required argument '" + std::string(names[i]) + "' (pos " + std::to_string(i + 1) + ")");
  refuseNamedTwice(a, fname, params);
  // A positional-only parameter has no keyword name.
  for (const KwArg& k : a.kw) {
    const std::string_view n = strView(k.name);
    const auto it = std::find(params.begin(), params.end(), n);
    if (it == params.end() || size_t(it - params.begin()) < shape.positionalOnly)
      raiseType("'" + std::string(n) + "' is an invalid keyword argument for " + f + "()");
  }
}

void defParams(Args a, std::string_view qualname, std::initializer_list<std::string_view> params, ParamShape shape) {
  const std::string f(qualname);
  const std::string_view* names = params.begin();
  const size_t count = params.size(), nargs = a.pos.size(), maxPositional = std::min(shape.maxPositional, count);
  const auto indexOfName = [&](std::string_view n) { return size_t(std::find(names, names + count, n) - names); };
  // The keywords in their order, as initialize_locals binds them.
  for (const KwArg& k : a.kw) {
    const std::string_view n = strView(k.name);
    const size_t i = indexOfName(n);
    if (i < shape.positionalOnly || i == count) {
      std::vector<std::string> positionalOnly;
      for (size_t j = 0; j < shape.positionalOnly; ++j)
        if (kwarg(a, names[j])) positionalOnly.emplace_back(names[j]);
      if (!positionalOnly.empty()) raiseType(positionalOnlyAsKeywordsMessage(qualname, positionalOnly));
      raiseType(f + "() got an unexpected keyword argument '" + std::string(n) + "'");
    }
    if (i < nargs) raiseType(f + "() got multiple values for argument '" + std::string(n) + "'");
  }
  const size_t requiredPositional = std::min(shape.required, maxPositional);
  if (nargs > maxPositional) {
    size_t keywordOnlyGiven = 0;
    for (const KwArg& k : a.kw) keywordOnlyGiven += indexOfName(strView(k.name)) >= maxPositional;
    raiseType(tooManyPositionalMessage(qualname, requiredPositional, maxPositional, nargs, keywordOnlyGiven));
  }
  for (const bool keywordOnly : {false, true}) {
    std::vector<std::string> missing;
    for (size_t i = keywordOnly ? maxPositional : nargs; i < (keywordOnly ? shape.required : requiredPositional); ++i)
      if (!kwarg(a, names[i])) missing.emplace_back(names[i]);
    if (!missing.empty()) raiseType(missingArgumentsMessage(qualname, missing, keywordOnly));
  }
}

// CPython's wording depends on how the method is declared: METH_NOARGS and
// METH_O name the type ("str.upper() takes no arguments (1 given)"),
// positional-only clinic methods use _PyArg_CheckPositional's
// "center expected at least 1 argument, got 0".
void methodCount(Args a, std::string_view fname, size_t min, size_t max) {
  size_t n = a.size() ? a.size() - 1 : 0;
  // The method's __qualname__: its built-in type's short name (deque.append,
  // not collections.deque.append), for an instance of a subclass too.
  std::string owner = a.size() ? typeName(a[0]) : std::string();
  if (a.size() && a[0].is(ObjKind::Instance))
    for (const ClassObj* c : a[0].as<InstanceObj>()->cls->mro)
      if (c->isBuiltin) {
        // An exception's methods are all BaseException's own.
        if (c != T().object) owner = c->isException ? "BaseException" : c->name;
        break;
      }
  std::string qualified = (a.size() ? owner + "." : std::string()) + std::string(fname);
  // A method of no argument or of exactly one (CPython's METH_NOARGS and
  // METH_O) refuses keywords first: [].copy(deep=True) is an error, not a copy.
  const bool takesKeywords = !(max == 0 || (min == 1 && max == 1));
  if (!a.kw.empty() && !takesKeywords) raiseType(qualified + "() takes no keyword arguments");
  if (n >= min && n <= max) return;
  if (max == 0) raiseType(qualified + "() takes no arguments (" + std::to_string(n) + " given)");
  if (min == 1 && max == 1) raiseType(qualified + "() takes exactly one argument (" + std::to_string(n) + " given)");
  std::string f(fname);
  if (min == max) raiseType(f + " expected " + plural(min, "argument") + ", got " + std::to_string(n));
  if (n < min) raiseType(f + " expected at least " + plural(min, "argument") + ", got " + std::to_string(n));
  raiseType(f + " expected at most " + plural(max, "argument") + ", got " + std::to_string(n));
}

bool intFlag(const Value& v) {
  const Value i = asIndex(v);
  if (i.is(ObjKind::BigInt) || i.asInt() > INT32_MAX || i.asInt() < INT32_MIN)
    throwError(T().OverflowError, "Python int too large to convert to C int");
  return i.asInt() != 0;
}

BigInt bigOf(const Value& v) {
  if (v.is(ObjKind::BigInt)) return v.as<BigIntObj>()->value;
  return BigInt(v.asInt());
}

Value asIndex(const Value& v) {
  if (isIntValue(v)) return v;
  Interpreter* vm = Interpreter::current();
  Value r;
  if (vm && v.is(ObjKind::Instance) && vm->callSpecial(v, "__index__", r)) {
    if (!isIntValue(r)) raiseType("__index__ returned non-int (type " + typeName(r) + ")");
    return r.isBool() ? Value::integer(r.asInt()) : r;
  }
  raiseType("'" + typeName(v) + "' object cannot be interpreted as an integer");
}

bool hasIndex(const Value& v) {
  Value method;
  return isIntValue(v) || (v.is(ObjKind::Instance) && typeOf(v)->lookup("__index__", method));
}

int64_t indexOf(const Value& value) {
  const Value v = asIndex(value);
  if (v.isInt() || v.isBool()) return v.asInt();
  if (v.is(ObjKind::BigInt)) throwError(T().OverflowError, "Python int too large to convert to C ssize_t");
  raiseType("'" + typeName(v) + "' object cannot be interpreted as an integer");
}

double realOf(const Value& v) {
  if (v.isFloat()) return v.asFloat();
  if (v.isInt() || v.isBool()) return double(v.asInt());
  if (v.is(ObjKind::BigInt)) {
    double d = v.as<BigIntObj>()->value.toDouble();
    if (std::isinf(d)) throwError(T().OverflowError, "int too large to convert to float");
    return d;
  }
  raiseType("must be real number, not " + typeName(v));
}

static int64_t sliceBound(const Value& v) {
  if (v.is(ObjKind::BigInt)) return v.as<BigIntObj>()->value.isNegative() ? INT64_MIN / 2 : INT64_MAX / 2;
  if (v.isInt() || v.isBool()) return v.asInt();
  raiseType("slice indices must be integers or None or have an __index__ method");
}

int64_t sliceIndices(const SliceObj& s, int64_t len, int64_t& start, int64_t& stop, int64_t& step) {
  step = s.step.isNone() ? 1 : sliceBound(s.step);
  if (step == 0) raiseValue("slice step cannot be zero");
  auto adjust = [&](const Value& v, int64_t dflt) {
    if (v.isNone()) return dflt;
    int64_t x = sliceBound(v);
    if (x < 0) {
      x += len;
      if (x < 0) x = step < 0 ? -1 : 0;
    } else if (x >= len) {
      x = step < 0 ? len - 1 : len;
    }
    return x;
  };
  start = adjust(s.start, step < 0 ? len - 1 : 0);
  stop = adjust(s.stop, step < 0 ? -1 : len);
  if (step < 0) return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  return start < stop ? (stop - start - 1) / step + 1 : 0;
}

bool forEach(Interpreter& vm, const Value& iterable, const std::function<bool(const Value&)>& f) {
  if (iterable.is(ObjKind::List)) {
    // Index-based like CPython's list iterator: sees appends made by f.
    ListObj* l = iterable.as<ListObj>();
    for (size_t i = 0; i < l->items.size(); ++i) {
      Value item = l->items[i];
      if (!f(item)) return false;
    }
    return true;
  }
  if (iterable.is(ObjKind::Tuple)) {
    Value keep = iterable;
    for (const Value& item : iterable.as<TupleObj>()->items)
      if (!f(item)) return false;
    return true;
  }
  Value it = vm.getIter(iterable);
  Value item;
  while (vm.iterNext(it, item))
    if (!f(item)) return false;
  return true;
}

void setUpdateFrom(Interpreter& vm, SetObj& set, const Value& other) {
  if (other.is(ObjKind::Set)) {
    set.update(*other.as<SetObj>());
    return;
  }
  if (other.is(ObjKind::Dict)) {
    DictObj* d = other.as<DictObj>();
    set.presizeFor(d->size());
    for (auto& e : std::vector<DictObj::Entry>(d->entries))
      if (e.live) set.add(e.key);
    return;
  }
  forEach(vm, other, [&](const Value& v) {
    set.add(v);
    return true;
  });
}

std::vector<Value> collect(Interpreter& vm, const Value& iterable) {
  if (iterable.is(ObjKind::List)) return iterable.as<ListObj>()->items;
  if (iterable.is(ObjKind::Tuple)) return iterable.as<TupleObj>()->items;
  std::vector<Value> out;
  Value it = vm.getIter(iterable);
  Value item;
  while (vm.iterNext(it, item)) out.push_back(std::move(item));
  return out;
}

// A port of CPython 3.11's listsort (Objects/listobject.c): natural runs,
// binary insertion up to minrun, powersort merge order, merge_lo/merge_hi
// with galloping. It sorts element ids; making the same comparisons in the
// same order as CPython means user __lt__ side effects and the first failing
// comparison (its TypeError message) match CPython.
template <class Lt>
class TimSort {
 public:
  TimSort(std::vector<uint32_t>& v, Lt lt) : m_v(v), m_lt(lt) {}

  void sort() {
    int64_t n = int64_t(m_v.size());
    if (n < 2) return;
    int64_t minrun = computeMinrun(n), lo = 0, remaining = n;
    while (remaining > 0) {
      bool descending = false;
      int64_t run = countRun(lo, lo + remaining, descending);
      if (descending) std::reverse(m_v.begin() + lo, m_v.begin() + lo + run);
      if (run < minrun) {
        int64_t force = remaining <= minrun ? remaining : minrun;
        binarySort(lo, lo + force, lo + run);
        run = force;
      }
      foundNewRun(run);
      m_runs.push_back({lo, run, 0});
      lo += run;
      remaining -= run;
    }
    while (m_runs.size() > 1) {
      size_t i = m_runs.size() - 2;
      if (i > 0 && m_runs[i - 1].len < m_runs[i + 1].len) --i;
      mergeAt(i);
    }
  }

 private:
  struct Run {
    int64_t base, len;
    int power;
  };
  static constexpr int64_t kMinGallop = 7;

  bool lt(uint32_t a, uint32_t b) { return m_lt(a, b); }

  static int64_t computeMinrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  int64_t countRun(int64_t lo, int64_t hi, bool& descending) {
    descending = false;
    if (lo + 1 == hi) return 1;
    int64_t n = 2;
    if (lt(m_v[size_t(lo + 1)], m_v[size_t(lo)])) {
      descending = true;
      for (int64_t p = lo + 2; p < hi && lt(m_v[size_t(p)], m_v[size_t(p - 1)]); ++p) ++n;
    } else {
      for (int64_t p = lo + 2; p < hi && !lt(m_v[size_t(p)], m_v[size_t(p - 1)]); ++p) ++n;
    }
    return n;
  }

  void binarySort(int64_t lo, int64_t hi, int64_t start) {
    if (lo == start) ++start;
    for (; start < hi; ++start) {
      uint32_t pivot = m_v[size_t(start)];
      int64_t l = lo, r = start;
      do {
        int64_t p = l + ((r - l) >> 1);
        if (lt(pivot, m_v[size_t(p)]))
          r = p;
        else
          l = p + 1;
      } while (l < r);
      for (int64_t p = start; p > l; --p) m_v[size_t(p)] = m_v[size_t(p - 1)];
      m_v[size_t(l)] = pivot;
    }
  }

  static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int result = 0;
    int64_t a = 2 * s1 + n1, b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n) {
        a -= n;
        b -= n;
      } else if (b >= n) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  void foundNewRun(int64_t n2) {
    if (m_runs.empty()) return;
    const Run& top = m_runs.back();
    int power = powerloop(top.base, top.len, n2, int64_t(m_v.size()));
    while (m_runs.size() > 1 && m_runs[m_runs.size() - 2].power > power) mergeAt(m_runs.size() - 2);
    m_runs.back().power = power;
  }

  // Leftmost position in a[0..n) where key belongs (a[k-1] < key <= a[k]).
  int64_t gallopLeft(uint32_t key, const uint32_t* a, int64_t n, int64_t hint) {
    int64_t lastofs = 0, ofs = 1;
    if (lt(a[hint], key)) {
      int64_t maxofs = n - hint;
      while (ofs < maxofs && lt(a[hint + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      int64_t maxofs = hint + 1;
      while (ofs < maxofs && !lt(a[hint - ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(a[m], key))
        lastofs = m + 1;
      else
        ofs = m;
    }
    return ofs;
  }

  // Rightmost position in a[0..n) where key belongs (a[k-1] <= key < a[k]).
  int64_t gallopRight(uint32_t key, const uint32_t* a, int64_t n, int64_t hint) {
    int64_t lastofs = 0, ofs = 1;
    if (lt(key, a[hint])) {
      int64_t maxofs = hint + 1;
      while (ofs < maxofs && lt(key, a[hint - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      int64_t maxofs = n - hint;
      while (ofs < maxofs && !lt(key, a[hint + ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, a[m]))
        ofs = m;
      else
        lastofs = m + 1;
    }
    return ofs;
  }

  void mergeAt(size_t i) {
    int64_t baseA = m_runs[i].base, na = m_runs[i].len;
    int64_t baseB = m_runs[i + 1].base, nb = m_runs[i + 1].len;
    m_runs[i].len = na + nb;
    if (i + 3 == m_runs.size()) m_runs[i + 1] = m_runs[i + 2];
    m_runs.pop_back();
    uint32_t* v = m_v.data();
    int64_t k = gallopRight(v[baseB], v + baseA, na, 0);
    baseA += k;
    na -= k;
    if (na == 0) return;
    nb = gallopLeft(v[baseA + na - 1], v + baseB, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb)
      mergeLo(baseA, na, baseB, nb);
    else
      mergeHi(baseA, na, baseB, nb);
  }

  void mergeLo(int64_t baseA, int64_t na, int64_t baseB, int64_t nb) {
    uint32_t* v = m_v.data();
    std::vector<uint32_t> tmp(v + baseA, v + baseA + na);
    const uint32_t* a = tmp.data();
    int64_t dest = baseA, b = baseB;
    auto copyB = [&] {  // the rest of b, then the last element of a
      std::memmove(v + dest, v + b, size_t(nb) * sizeof(uint32_t));
      v[dest + nb] = *a;
    };
    v[dest++] = v[b++];
    if (--nb == 0) return succeed(dest, a, na);
    if (na == 1) return copyB();
    int64_t minGallop = m_minGallop;
    for (;;) {
      int64_t acount = 0, bcount = 0;
      for (;;) {
        if (lt(v[b], *a)) {
          v[dest++] = v[b++];
          ++bcount;
          acount = 0;
          if (--nb == 0) return succeed(dest, a, na);
          if (bcount >= minGallop) break;
        } else {
          v[dest++] = *a++;
          ++acount;
          bcount = 0;
          if (--na == 1) return copyB();
          if (acount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1;
        m_minGallop = minGallop;
        int64_t k = gallopRight(v[b], a, na, 0);
        acount = k;
        if (k) {
          std::memcpy(v + dest, a, size_t(k) * sizeof(uint32_t));
          dest += k;
          a += k;
          na -= k;
          if (na == 1) return copyB();
          if (na == 0) return succeed(dest, a, na);
        }
        v[dest++] = v[b++];
        if (--nb == 0) return succeed(dest, a, na);
        k = gallopLeft(*a, v + b, nb, 0);
        bcount = k;
        if (k) {
          std::memmove(v + dest, v + b, size_t(k) * sizeof(uint32_t));
          dest += k;
          b += k;
          nb -= k;
          if (nb == 0) return succeed(dest, a, na);
        }
        v[dest++] = *a++;
        if (--na == 1) return copyB();
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++minGallop;
      m_minGallop = minGallop;
    }
  }

  void succeed(int64_t dest, const uint32_t* a, int64_t na) {
    if (na) std::memcpy(m_v.data() + dest, a, size_t(na) * sizeof(uint32_t));
  }

  void mergeHi(int64_t baseA, int64_t na, int64_t baseB, int64_t nb) {
    uint32_t* v = m_v.data();
    std::vector<uint32_t> tmp(v + baseB, v + baseB + nb);
    const uint32_t* baseb = tmp.data();
    int64_t dest = baseB + nb - 1;
    int64_t b = nb - 1;          // index into tmp
    int64_t a = baseA + na - 1;  // index into v
    auto succeedHi = [&] {
      if (nb) std::memcpy(v + dest - (nb - 1), baseb, size_t(nb) * sizeof(uint32_t));
    };
    auto copyA = [&] {  // the first element of b belongs at the front
      dest -= na;
      a -= na;
      std::memmove(v + dest + 1, v + a + 1, size_t(na) * sizeof(uint32_t));
      v[dest] = baseb[b];
    };
    v[dest--] = v[a--];
    if (--na == 0) return succeedHi();
    if (nb == 1) return copyA();
    int64_t minGallop = m_minGallop;
    for (;;) {
      int64_t acount = 0, bcount = 0;
      for (;;) {
        if (lt(baseb[b], v[a])) {
          v[dest--] = v[a--];
          ++acount;
          bcount = 0;
          if (--na == 0) return succeedHi();
          if (acount >= minGallop) break;
        } else {
          v[dest--] = baseb[b--];
          ++bcount;
          acount = 0;
          if (--nb == 1) return copyA();
          if (bcount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1;
        m_minGallop = minGallop;
        int64_t k = gallopRight(baseb[b], v + baseA, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          a -= k;
          std::memmove(v + dest + 1, v + a + 1, size_t(k) * sizeof(uint32_t));
          na -= k;
          if (na == 0) return succeedHi();
        }
        v[dest--] = baseb[b--];
        if (--nb == 1) return copyA();
        k = gallopLeft(v[a], baseb, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          b -= k;
          std::memcpy(v + dest + 1, baseb + b + 1, size_t(k) * sizeof(uint32_t));
          nb -= k;
          if (nb == 1) return copyA();
          if (nb == 0) return succeedHi();
        }
        v[dest--] = v[a--];
        if (--na == 0) return succeedHi();
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++minGallop;
      m_minGallop = minGallop;
    }
  }

  std::vector<uint32_t>& m_v;
  Lt m_lt;
  std::vector<Run> m_runs;
  int64_t m_minGallop = kMinGallop;
};

static bool classHas(const Value& obj, std::string_view attr);

// list.extend(iterable) for anything but a list or tuple, with CPython
// 3.11's list_extend allocation (what sys.getsizeof shows): guess the size
// (len() when there is one, else the iterator's length hint, else 8),
// preallocate exactly when the list has no storage yet (else list_resize),
// append, and cut back when the guess was too large.
void listExtendIter(Interpreter& vm, ListObj* lo, const Value& iterable) {
  // list_extend takes the iterator first, then the length hint: a class whose
  // __iter__ is broken fails there before its __len__ is asked.
  Value it = vm.getIter(iterable);
  int64_t hint = 8;
  bool sized = false;
  if (iterable.isObj()) {
    switch (iterable.asObj()->kind) {
      case ObjKind::List:
      case ObjKind::Tuple:
      case ObjKind::Str:
      case ObjKind::Dict:
      case ObjKind::Set:
      case ObjKind::Range:
        sized = true;
        break;
      case ObjKind::Instance:
        sized = classHas(iterable, "__len__");
        break;
      case ObjKind::NativeIter: {
        Value h = iterable.as<NativeIterObj>()->lengthHint();
        if (h.isInt() && h.asInt() >= 0) hint = h.asInt();
        break;
      }
      default:
        break;
    }
  }
  if (sized) hint = vm.length(iterable);
  if (lo->allocated == 0) {
    lo->presize(size_t(hint));
  } else {
    size_t n = lo->items.size();
    lo->allocated = cpythonListResize(lo->allocated, n, n + size_t(hint));
    lo->accountedSize = n;
    lo->setAccounted(getsizeofObject(*lo));
  }
  Value item;
  while (vm.iterNext(it, item)) lo->append(std::move(item));
  if (lo->items.size() < lo->allocated) lo->resized();
}

Value listFromIterable(Interpreter& vm, const Value& iterable) {
  Value l = newList();
  ListObj* lo = l.as<ListObj>();
  if (iterable.is(ObjKind::List) || iterable.is(ObjKind::Tuple)) {
    std::vector<Value> items = collect(vm, iterable);
    lo->presize(items.size());
    for (auto& v : items) lo->append(std::move(v));
    return l;
  }
  listExtendIter(vm, lo, iterable);
  return l;
}

void sortValues(Interpreter& vm, std::vector<Value>& items, const Value& key, bool reverse) {
  std::vector<Value> keys;
  const std::vector<Value>* cmp = &items;
  if (!key.isNone()) {
    keys.reserve(items.size());
    for (const Value& v : items) keys.push_back(vm.call(key, std::span<const Value>(&v, 1)));
    cmp = &keys;
  }
  // Sorting indices keeps every Value in place while Python code runs, so an
  // exception thrown by a comparison cannot lose or duplicate an element.
  std::vector<uint32_t> order(items.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  const std::vector<Value>& k = *cmp;
  auto lt = [&](uint32_t a, uint32_t b) { return vm.lessThan(k[a], k[b]); };
  // As CPython: reverse=True reverses, sorts stably, reverses again.
  if (reverse) std::reverse(order.begin(), order.end());
  TimSort<decltype(lt)>(order, lt).sort();
  if (reverse) std::reverse(order.begin(), order.end());
  std::vector<Value> sorted;
  sorted.reserve(items.size());
  for (uint32_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

// ---------------------------------------------------------------- classes and modules

namespace {
ClassObj* tracebackType() {
  static ClassObj* const type = newNativeClass("traceback", "builtins");
  return type;
}
}  // namespace

Value tracebackObject(const Value& exc) {
  if (!exc.is(ObjKind::Instance)) return Value();
  Value next;  // built from the innermost entry (the front) outwards
  for (const TracebackEntry& entry : exc.as<InstanceObj>()->traceback) {
    InstanceObj* tb = make<InstanceObj>(tracebackType());
    tb->dict->setStr("tb_next", next);
    tb->dict->setStr("tb_lineno", Value::integer(entry.span.line));
    tb->traceback.push_back(entry);  // its own frame's entry, for setTraceback
    next = Value::adopt(tb);
  }
  return next;
}

bool isTracebackObject(const Value& v) {
  return v.is(ObjKind::Instance) && v.as<InstanceObj>()->cls.get() == tracebackType();
}

bool setTraceback(const Value& exc, const Value& tb) {
  if (!tb.isNone() && !isTracebackObject(tb)) return false;
  std::vector<TracebackEntry> entries;  // outermost first, as the tb_next chain runs
  for (Value t = tb; isTracebackObject(t);) {
    InstanceObj* o = t.as<InstanceObj>();
    for (const TracebackEntry& entry : o->traceback) entries.push_back(entry);
    if (!o->dict || !o->dict->getStr("tb_next", t)) break;
  }
  std::reverse(entries.begin(), entries.end());
  if (exc.is(ObjKind::Instance)) exc.as<InstanceObj>()->traceback = std::move(entries);
  return true;
}

void addMethod(ClassObj* cls, std::string_view name, NativeFn fn, Value data) {
  withoutAccount([&] {
    BuiltinObj* b = make<BuiltinObj>(std::string(name), fn, std::move(data));
    b->ownerType = cls;
    cls->dict->setStr(name, Value::adopt(b));
  });
}

void addProperty(ClassObj* cls, std::string_view name, NativeFn getter, NativeFn setter, NativeFn deleter,
                 DescriptorKind kind) {
  withoutAccount([&] {
    PropertyObj* p = make<PropertyObj>();
    p->kind = kind;
    auto accessor = [&](NativeFn fn) {
      BuiltinObj* b = make<BuiltinObj>(std::string(name), fn);
      b->ownerType = cls;
      return Value::adopt(b);
    };
    p->getter = accessor(getter);
    if (setter) p->setter = accessor(setter);
    if (deleter) p->deleter = accessor(deleter);
    cls->dict->setStr(name, Value::adopt(p));
  });
}

void addFunction(DictObj& dict, std::string_view name, NativeFn fn, Value data) {
  dict.setStr(name, newBuiltin(std::string(name), fn, std::move(data)));
}

void addMethods(ClassObj* cls, std::span<const NativeEntry> entries) {
  for (const NativeEntry& e : entries) addMethod(cls, e.name, e.fn);
}

void addProperties(ClassObj* cls, std::span<const NativeEntry> getters) {
  for (const NativeEntry& e : getters) addProperty(cls, e.name, e.fn);
}

void addFunctions(DictObj& dict, std::span<const NativeEntry> entries) {
  for (const NativeEntry& e : entries) addFunction(dict, e.name, e.fn);
}

namespace {
// A class's dict entry wrapping a plain builtin (no ownerType: the VM binds
// nothing, or the class for a classmethod).
void addWrappedFunction(ClassObj* cls, std::string_view name, NativeFn fn, bool isClassMethod) {
  withoutAccount([&] {
    Value f = newBuiltin(std::string(name), fn);
    cls->dict->setStr(name, Value::adopt(make<StaticMethodObj>(std::move(f), isClassMethod)));
  });
}
}  // namespace

void addClassMethod(ClassObj* cls, std::string_view name, NativeFn fn) {
  addWrappedFunction(cls, name, fn, true);
}

void addStaticMethod(ClassObj* cls, std::string_view name, NativeFn fn) {
  addWrappedFunction(cls, name, fn, false);
}

void checkBudget(Interpreter& vm, double bytes) {
  HeapAccount* h = currentHeapAccount();
  const int64_t budget = vm.budgets().maxMemoryBytes;
  if (bytes > 8e9 || (budget && h && double(h->liveBytes) + bytes > double(budget))) throwErrorNoArgs(T().MemoryError);
}

Value newModule(std::string_view name) {
  return Value::adopt(make<ModuleObj>(std::string(name)));
}
Value newModule(std::string_view name, std::span<const NativeEntry> functions,
                std::initializer_list<ModuleAttribute> attributes) {
  Value m = newModule(name);
  DictObj& dict = moduleDict(m);
  addFunctions(dict, functions);
  for (const ModuleAttribute& a : attributes) dict.setStr(a.name, a.value);
  return m;
}
DictObj& moduleDict(const Value& module) {
  return *module.as<ModuleObj>()->dict;
}

// ---------------------------------------------------------------- utf-8

std::u32string decodeUtf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out += char32_t(utf8Decode(s, i));
  return out;
}

std::string asciiEscaped(std::string_view text) {
  std::string out;
  for (char32_t c : decodeUtf8(text)) {
    if (c < 0x80)
      out += char(c);
    else
      out += hexEscape(c);
  }
  return out;
}

std::string encodeUtf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) utf8Append(out, c);
  return out;
}

int decimalDigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c < 0x660) return -1;
  // Zeros of the Unicode decimal-digit (Nd) runs of ten.
  static const char32_t zeros[] = {
      0x0660,  0x06F0,  0x07C0,  0x0966,  0x09E6,  0x0A66,  0x0AE6,  0x0B66,  0x0BE6,  0x0C66,  0x0CE6,
      0x0D66,  0x0DE6,  0x0E50,  0x0ED0,  0x0F20,  0x1040,  0x1090,  0x17E0,  0x1810,  0x1946,  0x19D0,
      0x1A80,  0x1A90,  0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,  0xA8D0,  0xA900,  0xA9D0,  0xA9F0,
      0xAA50,  0xABF0,  0xFF10,  0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450,
      0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
      0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0};
  for (char32_t z : zeros)
    if (c >= z && c < z + 10) return int(c - z);
  return -1;
}

// int()/float() accept any Unicode decimal digit and whitespace, as CPython
// does (_PyUnicode_TransformDecimalAndSpaceToASCII); other non-ASCII stays
// and makes the parse fail.
static std::string asciiDigits(std::string_view s) {
  bool ascii = true;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  if (ascii) return std::string(s);
  std::string out;
  for (char32_t c : decodeUtf8(s)) {
    int d = decimalDigitValue(c);
    if (d >= 0)
      out += char('0' + d);
    else if (c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
             c == 0x202f || c == 0x205f || c == 0x3000)
      out += ' ';
    else
      appendUtf8(out, c);
  }
  return out;
}

// ================================================================ isinstance and abc

static ClassObj* g_abcIterable = nullptr;
static ClassObj* g_abcIterator = nullptr;
static ClassObj* g_abcGenerator = nullptr;

static bool classHas(const Value& obj, std::string_view attr) {
  Value out;
  return typeOf(obj)->lookup(attr, out);
}

// Whether a class has `name` for an abc's __subclasshook__ (_check_methods):
// set to None, it declares the class without it.
static bool abcDefines(const ClassObj* c, std::string_view name) {
  Value method;
  return c->lookup(name, method) && !method.isNone();
}

static bool abcCheck(ClassObj* abc, const Value& obj, bool& matched) {
  matched = true;
  if (abc == g_abcGenerator) return obj.is(ObjKind::Generator);
  if (abc == g_abcIterator)
    return obj.is(ObjKind::Generator) || obj.is(ObjKind::NativeIter) ||
           (abcDefines(typeOf(obj), "__next__") && abcDefines(typeOf(obj), "__iter__"));
  if (abc == g_abcIterable)
    return (obj.isObj() && kindSlots(obj.asObj()->kind).iter) || abcDefines(typeOf(obj), "__iter__");
  matched = false;
  return false;
}

static bool isInstanceOne(const Value& obj, const Value& cls) {
  ClassObj* c = cls.as<ClassObj>();
  bool matched = false;
  bool r = abcCheck(c, obj, matched);
  if (matched) return r;
  if (c == T().tuple && isNamedtupleClass(typeOf(obj))) return true;
  if (c == T().dict && isDictLikeClass(typeOf(obj))) return true;
  return typeOf(obj)->isSubclassOf(c);
}

bool isCallable(const Value& v) {
  if (v.is(ObjKind::Instance)) return classHas(v, "__call__");
  return v.isObj() && kindSlots(v.asObj()->kind).call;
}

bool isInstance(Interpreter& vm, const Value& obj, const Value& clsOrTuple) {
  if (clsOrTuple.is(ObjKind::Class)) return isInstanceOne(obj, clsOrTuple);
  if (clsOrTuple.is(ObjKind::Tuple)) {
    for (const Value& c : clsOrTuple.as<TupleObj>()->items)
      if (isInstance(vm, obj, c)) return true;
    return false;
  }
  raiseType("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

static bool isSubclass(Interpreter& vm, const Value& cls, const Value& clsOrTuple) {
  if (clsOrTuple.is(ObjKind::Tuple)) {
    for (const Value& c : clsOrTuple.as<TupleObj>()->items)
      if (isSubclass(vm, cls, c)) return true;
    return false;
  }
  if (!clsOrTuple.is(ObjKind::Class)) raiseType("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  ClassObj* target = clsOrTuple.as<ClassObj>();
  ClassObj* c = cls.as<ClassObj>();
  if (target == g_abcIterable) return abcDefines(c, "__iter__");
  if (target == g_abcIterator) return abcDefines(c, "__next__") && abcDefines(c, "__iter__");
  if (target == g_abcGenerator) return c == T().generator;
  if (target == T().tuple && isNamedtupleClass(c)) return true;
  if (target == T().dict && isDictLikeClass(c)) return true;
  return c->isSubclassOf(target);
}

Value makeCollectionsAbcModule(Interpreter&) {
  static std::once_flag once;
  std::call_once(once, [] {
    g_abcIterable = newNativeClass("Iterable", "collections.abc");
    g_abcIterator = newNativeClass("Iterator", "collections.abc", g_abcIterable);
    g_abcGenerator = newNativeClass("Generator", "collections.abc", g_abcIterator);
  });
  return newModule("collections.abc", {},
                   {{"Iterable", Value::object(g_abcIterable)},
                    {"Iterator", Value::object(g_abcIterator)},
                    {"Generator", Value::object(g_abcGenerator)}});
}

// ================================================================ iterators

namespace {

struct EnumerateIter : NativeIterObj {
  EnumerateIter(Value it, Value start) : NativeIterObj("enumerate"), source(std::move(it)), count(std::move(start)) {}
  Value source, count;
  bool next(Interpreter& vm, Value& out) override {
    Value item;
    if (!vm.iterNext(source, item)) return false;
    Value index = count;
    count = vm.add(count, Value::integer(1));
    out = newTuple({std::move(index), std::move(item)});
    return true;
  }
  void traverse(Visitor& v) const override { visitValues(v, source, count); }
};

struct ZipIter : NativeIterObj {
  ZipIter(std::vector<Value> its, bool s) : NativeIterObj("zip"), sources(std::move(its)), strict(s) {}
  ~ZipIter() override { releaseBackToFront(sources); }  // a tuple in CPython: last to first
  std::vector<Value> sources;
  bool strict;
  bool done = false;
  uint32_t cpySize() const override { return 64; }
  bool next(Interpreter& vm, Value& out) override {
    if (done || sources.empty()) return false;
    std::vector<Value> items;
    items.reserve(sources.size());
    for (size_t i = 0; i < sources.size(); ++i) {
      Value item;
      if (!vm.iterNext(sources[i], item)) {
        done = true;
        if (strict) strictFailure(vm, i);
        return false;
      }
      items.push_back(std::move(item));
    }
    out = newTuple(std::move(items));
    return true;
  }
  void strictFailure(Interpreter& vm, size_t i) {
    std::string which = i == 1 ? "argument 1" : "arguments 1-" + std::to_string(i);
    if (i > 0) raiseValue("zip() argument " + std::to_string(i + 1) + " is shorter than " + which);
    for (size_t j = 1; j < sources.size(); ++j) {
      Value item;
      if (vm.iterNext(sources[j], item)) {
        std::string prev = j == 1 ? "argument 1" : "arguments 1-" + std::to_string(j);
        raiseValue("zip() argument " + std::to_string(j + 1) + " is longer than " + prev);
      }
    }
  }
  void traverse(Visitor& v) const override {
    for (auto& s : sources) v.visit(s);
  }
};

struct MapIter : NativeIterObj {
  MapIter(Value f, std::vector<Value> its) : NativeIterObj("map"), func(std::move(f)), sources(std::move(its)) {}
  ~MapIter() override { releaseBackToFront(sources); }  // a tuple in CPython: last to first
  Value func;
  std::vector<Value> sources;
  bool next(Interpreter& vm, Value& out) override {
    std::vector<Value> args;
    args.reserve(sources.size());
    for (auto& s : sources) {
      Value item;
      if (!vm.iterNext(s, item)) return false;
      args.push_back(std::move(item));
    }
    out = vm.call(func, args);
    return true;
  }
  void traverse(Visitor& v) const override {
    v.visit(func);
    for (auto& s : sources) v.visit(s);
  }
};

// filter() and itertools.filterfalse (CPython's filter_next and filterfalse_next):
// the items whose predicate is true, or false when wantFalse; a None predicate
// tests the item itself.
struct FilterIter : NativeIterObj {
  FilterIter(Value f, Value it, bool keepFalse, const char* tn)
      : NativeIterObj(tn), func(std::move(f)), source(std::move(it)), wantFalse(keepFalse) {}
  Value func, source;
  bool wantFalse;
  bool next(Interpreter& vm, Value& out) override {
    Value item;
    while (vm.iterNext(source, item)) {
      bool t = func.isNone() ? vm.truthy(item) : vm.truthy(vm.call(func, std::span<const Value>(&item, 1)));
      if (t != wantFalse) {
        out = std::move(item);
        return true;
      }
    }
    return false;
  }
  void traverse(Visitor& v) const override { visitValues(v, func, source); }
};

// reversed(list): index-based and live, like CPython's list_reverseiterator.
struct ListReverseIter : NativeIterObj {
  explicit ListReverseIter(Value l) : NativeIterObj("list_reverseiterator"), list(std::move(l)) {
    index = int64_t(list.as<ListObj>()->items.size()) - 1;
  }
  Value list;
  int64_t index;
  bool next(Interpreter&, Value& out) override {
    auto& items = list.as<ListObj>()->items;
    if (index < 0 || index >= int64_t(items.size())) {
      index = -1;
      return false;
    }
    out = items[size_t(index--)];
    return true;
  }
  Value lengthHint() const override {  // 0 once the list shrank below the index, as CPython
    const int64_t size = int64_t(list.as<ListObj>()->items.size());
    return Value::integer(index >= 0 && index < size ? index + 1 : 0);
  }
  void traverse(Visitor& v) const override { v.visit(list); }
};

// reversed(obj) for objects with __len__ and __getitem__.
struct SeqReverseIter : NativeIterObj {
  SeqReverseIter(Value o, int64_t n) : NativeIterObj("reversed"), obj(std::move(o)), index(n - 1) {}
  Value obj;
  int64_t index;
  bool next(Interpreter& vm, Value& out) override {
    if (index < 0) return false;
    Value i = Value::integer(index--);
    try {
      out = vm.call(vm.getAttr(obj, "__getitem__"), std::span<const Value>(&i, 1));
    } catch (const PyErr& e) {
      if (errIs(e, T().IndexError) || errIs(e, T().StopIteration)) {
        index = -1;
        return false;
      }
      throw;
    }
    return true;
  }
  Value lengthHint() const override { return Value::integer(index + 1); }
  void traverse(Visitor& v) const override { v.visit(obj); }
};

struct CallableIter : NativeIterObj {
  CallableIter(Value f, Value s) : NativeIterObj("callable_iterator"), func(std::move(f)), sentinel(std::move(s)) {}
  Value func, sentinel;
  bool done = false;
  bool next(Interpreter& vm, Value& out) override {
    if (done) return false;
    Value v = vm.call(func, {});
    if (vm.equals(v, sentinel)) {
      done = true;
      return false;
    }
    out = std::move(v);
    return true;
  }
  void traverse(Visitor& v) const override { visitValues(v, func, sentinel); }
};

}  // namespace

Value newFilterIterator(const Value& pred, Value iterator, bool wantFalse, const char* typeName) {
  return newNative<FilterIter>(pred, std::move(iterator), wantFalse, typeName);
}

// ================================================================ the builtin functions

namespace {

Value strOfChars(const std::u32string& s, size_t i) {
  return str(encodeUtf8(s.substr(i, 1)));
}

Value bi_print(Interpreter& vm, Args a, const Value&) {
  allowKwargs(a, "print", {"sep", "end", "file", "flush"});
  std::string sep = " ", end = "\n";
  if (const Value* s = kwarg(a, "sep"); s && !s->isNone()) {
    if (!s->is(ObjKind::Str)) raiseType("sep must be None or a string, not " + typeName(*s));
    sep = std::string(strView(*s));
  }
  if (const Value* e = kwarg(a, "end"); e && !e->isNone()) {
    if (!e->is(ObjKind::Str)) raiseType("end must be None or a string, not " + typeName(*e));
    end = std::string(strView(*e));
  }
  // CPython writes each argument, separator and the end on its own, so what
  // came before an argument whose str() raises is already out, and a file
  // object's write() is called once a piece.
  const Value* file = kwarg(a, "file");
  if (file && !file->isNone()) {
    Value write = vm.getAttr(*file, "write");
    auto emit = [&](std::string piece) {
      Value s = str(std::move(piece));
      vm.call(write, std::span<const Value>(&s, 1));
    };
    for (size_t i = 0; i < a.size(); ++i) {
      if (i) emit(sep);
      emit(a[i].is(ObjKind::Str) ? std::string(strView(a[i])) : vm.str(a[i]));
    }
    emit(end);
    return {};
  }
  std::string text;  // stdout: one write, or what was made before the error
  try {
    for (size_t i = 0; i < a.size(); ++i) {
      if (i) text += sep;
      text += a[i].is(ObjKind::Str) ? std::string(strView(a[i])) : vm.str(a[i]);
    }
  } catch (...) {
    vm.write(text);
    throw;
  }
  vm.write(text + end);
  return {};
}

Value bi_len(Interpreter& vm, Args a, const Value&) {
  exactlyOne(a, "len");
  return Value::integer(vm.length(a[0]));
}

Value bi_repr(Interpreter& vm, Args a, const Value&) {
  exactlyOne(a, "repr");
  return str(vm.repr(a[0]));
}

Value bi_ascii(Interpreter& vm, Args a, const Value&) {
  exactlyOne(a, "ascii");
  return str(asciiEscaped(vm.repr(a[0])));
}

Value bi_iter(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "iter");
  unpackCount(a, "iter", 1, 2);
  if (a.size() == 1) return vm.getIter(a[0]);
  if (!vm.hasAttr(a[0], "__call__") && !a[0].is(ObjKind::Function) && !a[0].is(ObjKind::Builtin) &&
      !a[0].is(ObjKind::BoundMethod) && !a[0].is(ObjKind::Class))
    raiseType("iter(v, w): v must be callable");
  return newNative<CallableIter>(a[0], a[1]);
}

bool isIterator(Interpreter& vm, const Value& v) {
  if (v.is(ObjKind::NativeIter) || v.is(ObjKind::Generator)) return true;
  if (v.is(ObjKind::Instance)) return classHas(v, "__next__");
  (void)vm;
  return false;
}

Value bi_next(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "next");
  unpackCount(a, "next", 1, 2);
  if (!isIterator(vm, a[0])) raiseType("'" + typeName(a[0]) + "' object is not an iterator");
  Value out;
  if (a.size() == 2) {
    if (vm.iterNext(a[0], out)) return out;
    return a[1];
  }
  if (a[0].is(ObjKind::Generator)) {
    Value m;
    bool haveMethod = true;
    try {
      m = vm.getAttr(a[0], "__next__");
    } catch (const PyErr& e) {
      if (!errIs(e, T().AttributeError)) throw;
      haveMethod = false;
    }
    if (haveMethod) return vm.call(m, {});  // raises StopIteration(value) itself
  }
  if (vm.iterNext(a[0], out)) return out;
  // The StopIteration that ended the iterator, value and all (map over an
  // iterator whose __next__ raised StopIteration(42) raises that one).
  Value stop = vm.takeStopIteration();
  if (!stop.isNone()) throw PyErr{stop};
  throwErrorNoArgs(T().StopIteration);
}

// Adds v to a big int that only sum()'s running total refers to, in place
// (ints are immutable, but nobody else can see this one). Only when v has
// the total's sign, so the result stays a big int; the accounted size
// follows a new limb.
bool addToUniqueBigInt(BigIntObj& o, int64_t v) {
  if (!o.value.addSameSignInPlace(v)) return false;
  o.setAccounted(getsizeofObject(o));
  return true;
}

Value bi_sum(Interpreter& vm, Args a, const Value&) {
  clinicParams(a, "sum", {"iterable", "start"}, {.required = 1, .positionalOnly = 1});
  Value total = Value::integer(0);
  if (a.size() == 2)
    total = a[1];
  else if (const Value* s = kwarg(a, "start"))
    total = *s;
  if (total.is(ObjKind::Str)) raiseType("sum() can't sum strings [use ''.join(seq) instead]");
  forEach(vm, a[0], [&](const Value& item) {
    int64_t r;
    if (total.isInt() && item.isInt() && !__builtin_add_overflow(total.asInt(), item.asInt(), &r))
      total = Value::integer(r);
    else if (total.isFloat() && item.isFloat())
      total = Value::floating(total.asFloat() + item.asFloat());
    else if (item.isInt() && total.is(ObjKind::BigInt) && total.as<BigIntObj>()->refcount == 1 &&
             addToUniqueBigInt(*total.as<BigIntObj>(), item.asInt()))
      ;  // the running total is ours alone: added in place, no new object
    else
      total = vm.add(total, item);
    return true;
  });
  return total;
}

Value minMax(Interpreter& vm, Args a, bool isMax) {
  const char* name = isMax ? "max" : "min";
  if (a.size() == 0) raiseType(std::string(name) + " expected at least 1 argument, got 0");
  allowKwargs(a, name, {"key", "default"});
  const Value* key = kwarg(a, "key");
  const Value* dflt = kwarg(a, "default");
  if (key && key->isNone()) key = nullptr;
  if (dflt && a.size() > 1)
    raiseType(std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
  Value best, bestKey;
  bool have = false;
  auto consider = [&](const Value& item) {
    Value k = key ? vm.call(*key, std::span<const Value>(&item, 1)) : item;
    if (!have) {
      best = item;
      bestKey = k;
      have = true;
      return true;
    }
    // CPython asks item > best for max and item < best for min: which
    // method runs, and what an error says, follow from that.
    const bool better = isMax ? vm.truthy(vm.compare(int(ast::CmpOpKind::Gt), k, bestKey)) : vm.lessThan(k, bestKey);
    if (better) {
      best = item;
      bestKey = std::move(k);
    }
    return true;
  };
  if (a.size() == 1)
    forEach(vm, a[0], consider);
  else
    for (const Value& v : a.pos) consider(v);
  if (!have) {
    if (dflt) return *dflt;
    raiseValue(std::string(name) + "() arg is an empty sequence");
  }
  return best;
}
Value bi_max(Interpreter& vm, Args a, const Value&) {
  return minMax(vm, a, true);
}
Value bi_min(Interpreter& vm, Args a, const Value&) {
  return minMax(vm, a, false);
}

Value bi_abs(Interpreter& vm, Args a, const Value&) {
  exactlyOne(a, "abs");
  const Value& v = a[0];
  if (v.isInt() || v.isBool()) {
    int64_t i = v.asInt();
    if (i == INT64_MIN) return newInt(-BigInt(i));
    return Value::integer(i < 0 ? -i : i);
  }
  if (v.isFloat()) return Value::floating(std::fabs(v.asFloat()));
  if (v.is(ObjKind::BigInt)) {
    const BigInt& b = v.as<BigIntObj>()->value;
    return b.isNegative() ? newInt(-b) : v;
  }
  if (classHas(v, "__abs__")) return vm.call(vm.getAttr(v, "__abs__"), {});
  raiseType("bad operand type for abs(): '" + typeName(v) + "'");
}

Value bi_any(Interpreter& vm, Args a, const Value&) {
  exactlyOne(a, "any");
  bool r = false;
  forEach(vm, a[0], [&](const Value& v) {
    r = vm.truthy(v);
    return !r;
  });
  return boolean(r);
}

Value bi_all(Interpreter& vm, Args a, const Value&) {
  exactlyOne(a, "all");
  bool r = true;
  forEach(vm, a[0], [&](const Value& v) {
    r = vm.truthy(v);
    return r;
  });
  return boolean(r);
}

Value bi_enumerate(Interpreter& vm, Args a, const Value&) {
  clinicParams(a, "enumerate", {"iterable", "start"});
  const Value* it = argOrKwarg(a, 0, "iterable");
  const Value* start = argOrKwarg(a, 1, "start");
  if (!it) raiseType("enumerate() missing required argument 'iterable'");
  Value s = Value::integer(0);
  if (start) {
    if (!isIntValue(*start)) raiseType("'" + typeName(*start) + "' object cannot be interpreted as an integer");
    s = start->isBool() ? Value::integer(start->asInt()) : *start;
  }
  return newNative<EnumerateIter>(vm.getIter(*it), s);
}

Value bi_zip(Interpreter& vm, Args a, const Value&) {
  allowKwargs(a, "zip", {"strict"});
  const Value* s = kwarg(a, "strict");
  std::vector<Value> its;
  for (const Value& v : a.pos) its.push_back(vm.getIter(v));
  return newNative<ZipIter>(std::move(its), s && vm.truthy(*s));
}

Value bi_map(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "map");
  if (a.size() < 2) raiseType("map() must have at least two arguments.");
  std::vector<Value> its;
  for (size_t i = 1; i < a.size(); ++i) its.push_back(vm.getIter(a[i]));
  return newNative<MapIter>(a[0], std::move(its));
}

Value bi_filter(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "filter");
  unpackCount(a, "filter", 2, 2);
  return newFilterIterator(a[0], vm.getIter(a[1]), false, "filter");
}

Value bi_sorted(Interpreter& vm, Args a, const Value&) {
  if (a.size() != 1) raiseType("sorted expected 1 argument, got " + std::to_string(a.size()));
  allowKwargs(a, "sort", {"key", "reverse"});
  Value list = listFromIterable(vm, a[0]);
  ListObj* lo = list.as<ListObj>();
  const Value* key = kwarg(a, "key");
  const Value* rev = kwarg(a, "reverse");
  sortValues(vm, lo->items, key ? *key : Value(), rev && intFlag(*rev));
  return list;
}

Value bi_reversed(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "reversed");
  unpackCount(a, "reversed", 1, 1);
  const Value& v = a[0];
  if (v.is(ObjKind::List)) return newNative<ListReverseIter>(v);
  if (v.is(ObjKind::Tuple)) {
    auto items = v.as<TupleObj>()->items;
    std::reverse(items.begin(), items.end());
    return newNative<VectorIter>("reversed", std::move(items));
  }
  if (v.is(ObjKind::Str)) {
    std::u32string s = decodeUtf8(strView(v));
    std::vector<Value> items;
    for (size_t i = s.size(); i-- > 0;) items.push_back(strOfChars(s, i));
    return newNative<VectorIter>("reversed", std::move(items));
  }
  if (v.is(ObjKind::Range)) {
    RangeObj* r = v.as<RangeObj>();
    int64_t n = r->length();
    if (n == 0) return vm.getIter(newNative<RangeObj>(0, 0, 1));
    int64_t last = r->start + (n - 1) * r->step;
    return vm.getIter(newNative<RangeObj>(last, r->start - r->step, -r->step));
  }
  if (v.is(ObjKind::Dict)) {
    std::vector<Value> keys;
    for (auto& e : v.as<DictObj>()->entries)
      if (e.live) keys.push_back(e.key);
    std::reverse(keys.begin(), keys.end());
    return newNative<VectorIter>("dict_reversekeyiterator", std::move(keys));
  }
  if (v.is(ObjKind::Bytes)) {
    std::vector<Value> items;
    const std::string& d = v.as<BytesObj>()->data;
    for (size_t i = d.size(); i-- > 0;) items.push_back(Value::integer(static_cast<unsigned char>(d[i])));
    return newNative<VectorIter>("reversed", std::move(items));
  }
  // reversed_new_impl: a __reversed__ of None refuses; without one, any
  // sequence (a class with __getitem__) is reversed by index and must have a
  // length, PySequence_Size's "object of type 'Seq' has no len()" otherwise.
  Value reversedMethod;
  if (v.isObj() && typeOf(v)->lookup("__reversed__", reversedMethod)) {
    if (reversedMethod.isNone()) raiseType("'" + typeName(v) + "' object is not reversible");
    return vm.call(vm.getAttr(v, "__reversed__"), {});
  }
  if (v.isObj() && classHas(v, "__getitem__")) return newNative<SeqReverseIter>(v, vm.length(v));
  raiseType("'" + typeName(v) + "' object is not reversible");
}

Value bi_isinstance(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "isinstance");
  unpackCount(a, "isinstance", 2, 2);
  return boolean(isInstance(vm, a[0], a[1]));
}

Value bi_issubclass(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "issubclass");
  unpackCount(a, "issubclass", 2, 2);
  if (!a[0].is(ObjKind::Class)) raiseType("issubclass() arg 1 must be a class");
  return boolean(isSubclass(vm, a[0], a[1]));
}

// ---------------------------------------------------------------- numbers

Value roundIntValue(const Value& v, int64_t nd) {
  if (nd >= 0) return v.isBool() ? Value::integer(v.asInt()) : v;
  return newInt(roundInt(bigOf(v), nd));
}

Value floatToInt(double d) {
  if (std::isinf(d)) throwError(T().OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) raiseValue("cannot convert float NaN to integer");
  if (d >= -9.2e18 && d <= 9.2e18) return Value::integer(int64_t(d));
  return newInt(BigInt::fromDouble(d));
}

double roundFloatDigits(double x, int64_t nd) {
  try {
    return roundHalfEven(x, nd);
  } catch (const FormatError& e) {
    throwFormatError(e);
  }
}

Value bi_round(Interpreter& vm, Args a, const Value&) {
  clinicParams(a, "round", {"number", "ndigits"}, {.required = 1});
  const Value* num = argOrKwarg(a, 0, "number");
  const Value* nd = argOrKwarg(a, 1, "ndigits");
  if (nd && nd->isNone()) nd = nullptr;
  const Value& v = *num;
  // float.__round__ clips ndigits to a C ssize_t; int.__round__ returns the
  // int itself for any ndigits >= 0, however big.
  const Value digits = nd && (v.isFloat() || isIntValue(v)) ? asIndex(*nd) : Value();
  const bool bigDigits = digits.is(ObjKind::BigInt);
  const bool negative = bigDigits && digits.as<BigIntObj>()->value.isNegative();
  if (v.isFloat()) {
    if (!nd) return floatToInt(std::nearbyint(v.asFloat()));
    const int64_t clipped = bigDigits ? (negative ? INT64_MIN : INT64_MAX) : digits.asInt();
    return Value::floating(roundFloatDigits(v.asFloat(), clipped));
  }
  if (isIntValue(v) && bigDigits && !negative) return roundIntValue(v, 0);
  if (isIntValue(v)) return roundIntValue(v, nd ? indexOf(digits) : 0);
  if (classHas(v, "__round__")) {
    Value m = vm.getAttr(v, "__round__");
    if (nd) return vm.call(m, std::span<const Value>(nd, 1));
    return vm.call(m, {});
  }
  raiseType("type " + typeName(v) + " doesn't define __round__ method");
}

// divmod(x, y) is one operation, as CPython's nb_divmod: numbers give
// (x // y, x % y), a class answers through __divmod__ or else the other's
// __rdivmod__, and anything else is "unsupported operand type(s) for
// divmod()" (a class with only __floordiv__ and __mod__ included).
Value bi_divmod(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "divmod");
  unpackCount(a, "divmod", 2, 2);
  const Value &x = a[0], &y = a[1];
  if (isNumberValue(x) && isNumberValue(y)) {
    if ((x.isFloat() || y.isFloat()) && realOf(y) == 0.0) throwError(T().ZeroDivisionError, "float divmod()");
    Value q = vm.binaryOp(int(ast::OpKind::FloorDiv), x, y);
    Value r = vm.binaryOp(int(ast::OpKind::Mod), x, y);
    return newTuple({q, r});
  }
  const Value notImpl = notImplemented(vm);
  for (const auto& [self, other, name] : {std::tuple{x, y, "__divmod__"}, std::tuple{y, x, "__rdivmod__"}}) {
    Value m;
    if (!self.is(ObjKind::Instance) || !typeOf(self)->lookup(name, m) || !isUserMethod(m)) continue;
    Value r = vm.call(vm.getAttr(self, name), std::span<const Value>(&other, 1));
    if (!r.identical(notImpl)) return r;
  }
  raiseType("unsupported operand type(s) for divmod(): '" + typeName(x) + "' and '" + typeName(y) + "'");
}

// The inverse of a modulo n > 0 by the extended Euclidean algorithm, as
// CPython's long_invmod; ValueError when a and n share a factor.
BigInt inverseMod(const BigInt& a, const BigInt& n) {
  BigInt r0 = a.mod(n), r1 = n, x0(1), x1(0);  // r0 = x0 * a, r1 = x1 * a (mod n)
  while (!r1.isZero()) {
    BigInt q, r;
    BigInt::divmod(r0, r1, q, r);
    r0 = std::exchange(r1, r);
    x0 = std::exchange(x1, x0 - q * x1);
  }
  if (!(r0 == BigInt(1))) raiseValue("base is not invertible for the given modulus");
  return x0.mod(n);
}

Value bi_pow(Interpreter& vm, Args a, const Value&) {
  clinicParams(a, "pow", {"base", "exp", "mod"}, {.required = 2});
  const Value* base = argOrKwarg(a, 0, "base");
  const Value* ex = argOrKwarg(a, 1, "exp");
  const Value* mod = argOrKwarg(a, 2, "mod");
  if (!mod || mod->isNone()) return vm.binaryOp(int(ast::OpKind::Pow), *base, *ex);
  // CPython's ternary_op tries each operand type's nb_power in turn: int's
  // declines anything but ints, float's refuses any modulo, and complex's
  // converts base and exp (declining non-numbers) and then refuses any
  // modulo. When all decline, the three types are named.
  double re, im;
  auto number = [&](const Value& v) { return isNumberValue(v) || complexParts(v, re, im); };
  for (const Value* v : {base, ex, mod}) {
    if (v->isFloat()) raiseType("pow() 3rd argument not allowed unless all arguments are integers");
    if (complexParts(*v, re, im) && number(*base) && number(*ex)) raiseValue("complex modulo");
  }
  if (!isIntValue(*base) || !isIntValue(*ex) || !isIntValue(*mod))
    raiseType("unsupported operand type(s) for ** or pow(): '" + typeName(*base) + "', '" + typeName(*ex) + "', '" +
              typeName(*mod) + "'");
  BigInt m = bigOf(*mod);
  if (m.isZero()) raiseValue("pow() 3rd argument cannot be 0");
  BigInt e = bigOf(*ex);
  BigInt b = bigOf(*base).mod(m);
  if (e.isNegative()) {  // base ** -e is the inverse of base, to the power e
    b = inverseMod(b, m.isNegative() ? -m : m);
    e = -e;
  }
  BigInt result(1);
  // Left-to-right binary exponentiation over the bits of e.
  for (size_t i = e.bitLength(); i-- > 0;) {
    result = (result * result).mod(m);
    if (!(e.shiftRight(i) & BigInt(1)).isZero()) result = (result * b).mod(m);
  }
  return newInt(result.mod(m));
}

Value bi_chr(Interpreter&, Args a, const Value&) {
  exactlyOne(a, "chr");
  if (a[0].isFloat()) raiseType("'float' object cannot be interpreted as an integer");
  if (a[0].is(ObjKind::BigInt)) throwError(T().OverflowError, "Python int too large to convert to C int");
  int64_t c = indexOf(a[0]);
  if (c < 0 || c > 0x10FFFF) raiseValue("chr() arg not in range(0x110000)");
  std::string s;
  if (c >= 0xD800 && c <= 0xDFFF && !(c >= 0xDC80 && c <= 0xDCFF))
    throwError(T().NotImplementedError,
               "Yieldscope does not support lone surrogates such as chr(" + std::to_string(c) + ") in strings yet");
  utf8Append(s, uint32_t(c));  // U+DC80..U+DCFF: the byte it stands for
  return str(s);
}

Value bi_ord(Interpreter&, Args a, const Value&) {
  exactlyOne(a, "ord");
  if (a[0].is(ObjKind::Bytes)) {
    const std::string& d = a[0].as<BytesObj>()->data;
    if (d.size() != 1)
      raiseType("ord() expected a character, but string of length " + std::to_string(d.size()) + " found");
    return Value::integer(static_cast<unsigned char>(d[0]));
  }
  if (!a[0].is(ObjKind::Str)) raiseType("ord() expected string of length 1, but " + typeName(a[0]) + " found");
  StrObj* s = a[0].as<StrObj>();
  if (s->length != 1)
    raiseType("ord() expected a character, but string of length " + std::to_string(s->length) + " found");
  return Value::integer(int64_t(decodeUtf8(s->view())[0]));
}

Value intToBase(const Value& v, int base, const char* prefix) {
  BigInt b = bigOf(v);
  std::string digits = b.toString(base);
  if (digits[0] == '-') return str("-" + std::string(prefix) + digits.substr(1));
  return str(prefix + digits);
}

Value baseFn(Args a, const char* name, int base, const char* prefix) {
  exactlyOne(a, name);
  return intToBase(asIndex(a[0]), base, prefix);
}
Value bi_hex(Interpreter&, Args a, const Value&) {
  return baseFn(a, "hex", 16, "0x");
}
Value bi_oct(Interpreter&, Args a, const Value&) {
  return baseFn(a, "oct", 8, "0o");
}
Value bi_bin(Interpreter&, Args a, const Value&) {
  return baseFn(a, "bin", 2, "0b");
}

Value bi_hash(Interpreter&, Args a, const Value&) {
  exactlyOne(a, "hash");
  const Value& v = a[0];
  Value h;
  if (v.is(ObjKind::Instance) && typeOf(v)->lookup("__hash__", h) && h.isNone())
    raiseType("unhashable type: '" + typeName(v) + "'");
  // An instance's __hash__ (a user's or a namedtuple's) answers through the
  // VM's hash hook, as it does for dict keys.
  return Value::integer(int64_t(hashValue(v)));
}

Value bi_id(Interpreter&, Args a, const Value&) {
  exactlyOne(a, "id");
  const Value& v = a[0];
  if (v.isObj()) return Value::integer(int64_t(fakeAddress(v.asObj())));
  // Inline values have no address; derive a stable, distinct number.
  return Value::integer(
      int64_t(0x7f0000000000ULL + (uint64_t(hashValue(v)) & 0xffffffffULL) * 32 + uint64_t(v.tag()) * 8));
}

Value bi_callable(Interpreter&, Args a, const Value&) {
  exactlyOne(a, "callable");
  return boolean(isCallable(a[0]));
}

void needAttrName(const Value& v) {
  if (!v.is(ObjKind::Str)) raiseType("attribute name must be string, not '" + typeName(v) + "'");
}

Value bi_getattr(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "getattr");
  unpackCount(a, "getattr", 2, 3);
  needAttrName(a[1]);
  if (a.size() == 2) return vm.getAttr(a[0], strView(a[1]));
  try {
    return vm.getAttr(a[0], strView(a[1]));
  } catch (const PyErr& e) {
    if (errIs(e, T().AttributeError)) return a[2];
    throw;
  }
}

Value bi_hasattr(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "hasattr");
  unpackCount(a, "hasattr", 2, 2);
  needAttrName(a[1]);
  try {
    vm.getAttr(a[0], strView(a[1]));
    return boolean(true);
  } catch (const PyErr& e) {
    if (errIs(e, T().AttributeError)) return boolean(false);
    throw;
  }
}

Value bi_setattr(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "setattr");
  unpackCount(a, "setattr", 3, 3);
  needAttrName(a[1]);
  vm.setAttr(a[0], strView(a[1]), a[2]);
  return {};
}

Value bi_delattr(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "delattr");
  unpackCount(a, "delattr", 2, 2);
  needAttrName(a[1]);
  vm.delAttr(a[0], strView(a[1]));
  return {};
}

Value bi_locals(Interpreter& vm, Args a, const Value&);
std::vector<std::pair<std::string, Value>> frameLocals(const Frame& f);

Value bi_vars(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "vars");
  unpackCount(a, "vars", 0, 1);
  if (a.size() == 0) return bi_locals(vm, a, {});
  if (a[0].is(ObjKind::Instance) && a[0].as<InstanceObj>()->dict && !a[0].as<InstanceObj>()->cls->slotted) {
    a[0].as<InstanceObj>()->materializeDict();
    return a[0].as<InstanceObj>()->dict.value();
  }
  if (a[0].is(ObjKind::Module)) return a[0].as<ModuleObj>()->dict.value();
  if (a[0].is(ObjKind::Class) && a[0].as<ClassObj>()->dict) return a[0].as<ClassObj>()->dict.value();
  raiseType("vars() argument must have __dict__ attribute");
}

Value bi_globals(Interpreter& vm, Args a, const Value&) {
  noArgs(a, "globals");
  Frame* f = vm.currentFrame();
  if (f && f->globals) return f->globals.value();
  if (DictObj* g = vm.mainGlobals()) return Value::object(g);
  return newDict();
}

Value bi_dir(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "dir");
  unpackCount(a, "dir", 0, 1);
  std::vector<std::string> names;
  auto addDict = [&](DictObj* d) {
    if (!d) return;
    for (auto& e : d->entries)
      if (e.live && e.key.is(ObjKind::Str)) names.emplace_back(strView(e.key));
  };
  if (a.size() == 0) {
    Frame* f = vm.currentFrame();
    if (f && f->function) {
      for (auto& entry : frameLocals(*f)) names.push_back(entry.first);
    } else if (f) {
      addDict(f->globals.get());
    }
  } else {
    const Value& v = a[0];
    if (v.is(ObjKind::Module))
      addDict(v.as<ModuleObj>()->dict.get());
    else
      names = dirOfValue(v);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::vector<Value> out;
  for (auto& n : names) out.push_back(str(n));
  return newList(std::move(out));
}

Value bi_format(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "format");
  unpackCount(a, "format", 1, 2);  // a positional-only clinic: _PyArg_CheckPositional
  std::string_view spec;
  if (a.size() == 2) {
    if (!a[1].is(ObjKind::Str)) raiseType("format() argument 2 must be str, not " + argTypeName(a[1]));
    spec = strView(a[1]);
  }
  return str(formatValue(vm, a[0], spec));
}

// type.mro(cls): the method resolution order, as a list (cls.__mro__ is the tuple).
Value typeMro(Interpreter&, Args a, const Value&) {
  if (a.size() == 0) raiseType("unbound method type.mro() needs an argument");
  if (!a[0].is(ObjKind::Class))
    raiseType("descriptor 'mro' for 'type' objects doesn't apply to a '" + argTypeName(a[0]) + "' object");
  if (a.size() > 1)
    raiseType(a[0].as<ClassObj>()->name + ".mro() takes no arguments (" + std::to_string(a.size() - 1) + " given)");
  std::vector<Value> items;
  for (ClassObj* c : a[0].as<ClassObj>()->mro) items.push_back(Value::object(c));
  return newList(std::move(items));
}

// Classes keep no list of their subclasses here.
Value typeSubclasses(Interpreter&, Args, const Value&) {
  throwError(T().NotImplementedError, "Yieldscope does not support type.__subclasses__()");
}

Value refuse(const char* what) {
  throwError(T().NotImplementedError, std::string("Yieldscope programs cannot ") + what);
}
Value bi_open(Interpreter&, Args, const Value&) {
  return refuse("open files");
}
Value bi_exec(Interpreter&, Args, const Value&) {
  return refuse("run exec()");
}
Value bi_eval(Interpreter&, Args, const Value&) {
  return refuse("run eval()");
}
Value bi_compile(Interpreter&, Args, const Value&) {
  return refuse("compile code at run time");
}
// __import__(name, globals, locals, fromlist, level) gives the module object
// `import` binds: the program's own one, so __import__('math') is math. A
// dotted name without a fromlist gives its top package, as `import a.b`
// binds a. Relative imports (level > 0) need a package, which programs lack.
Value bi_import(Interpreter& vm, Args a, const Value&) {
  allowKwargs(a, "__import__", {"name", "globals", "locals", "fromlist", "level"});
  if (a.size() > 5) raiseType("__import__() takes at most 5 arguments (" + std::to_string(a.size()) + " given)");
  const Value* name = argOrKwarg(a, 0, "name");
  if (!name) raiseType("__import__() missing required argument 'name' (pos 1)");
  if (!name->is(ObjKind::Str)) raiseType("module name must be a string");
  const std::string full(strView(*name));
  if (full.empty()) raiseValue("Empty module name");
  const Value* level = argOrKwarg(a, 4, "level");
  if (level && !(level->isInt() && level->asInt() == 0))
    return refuse("make relative imports (__import__ with a level)");
  const Value* fromlist = argOrKwarg(a, 3, "fromlist");
  Value module = vm.importName(full);
  if (fromlist && vm.truthy(*fromlist)) return module;
  return vm.importName(full.substr(0, full.find('.')));
}
// The bound local names of a function frame with their values, in slot
// order: arguments and locals, then cell variables, then free variables.
std::vector<std::pair<std::string, Value>> frameLocals(const Frame& f) {
  std::vector<std::pair<std::string, Value>> out;
  const CodeObj& co = *f.code;
  auto add = [&](const std::string& name, size_t slot) {
    if (slot >= f.locals.size()) return;
    const Value& v = f.locals[slot];
    if (v.isUnbound()) return;
    if (v.is(ObjKind::Cell)) {
      if (v.as<CellObj>()->bound) out.emplace_back(name, v.as<CellObj>()->value);
      return;
    }
    out.emplace_back(name, v);
  };
  for (size_t i = 0; i < co.varnames.size(); ++i) add(co.varnames[i], i);
  size_t slot = co.varnames.size();
  for (const std::string& c : co.cellvars)
    if (std::find(co.varnames.begin(), co.varnames.end(), c) == co.varnames.end()) add(c, slot++);
  size_t freeBase = size_t(co.nlocalsplus()) - co.freevars.size();
  for (size_t i = 0; i < co.freevars.size(); ++i) add(co.freevars[i], freeBase + i);
  return out;
}

}  // namespace

std::vector<std::pair<std::string, Value>> functionFrameLocals(const Frame& f) {
  return frameLocals(f);
}

namespace {

Value bi_locals(Interpreter& vm, Args a, const Value&) {
  noArgs(a, "locals");
  Frame* f = vm.currentFrame();
  // A namespace frame (the module, a class body, a what-if question) reads
  // and writes its locals in a dict: that dict, as CPython's locals().
  if (f && f->localsDict) return Value::object(f->localsDict.get());
  if (!f || !f->function) return bi_globals(vm, a, {});
  Value d = newDict();
  for (auto& [name, v] : frameLocals(*f)) d.as<DictObj>()->setStr(name, v);
  return d;
}

}  // namespace

namespace {
Value bi_input_real(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "input");
  unpackCount(a, "input", 0, 1);
  if (a.size() == 1) vm.write(vm.str(a[0]));
  std::optional<std::string> line = vm.readInputLine();
  if (!line) throwError(T().EOFError, "EOF when reading a line");
  return newStr(std::move(*line));
}
}  // namespace

// ================================================================ constructors

namespace {

std::string stripSpaces(std::string_view s) {
  size_t b = 0, e = s.size();
  auto sp = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (b < e && sp(s[b])) ++b;
  while (e > b && sp(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

// CPython 3.11 counts the digits of the number's leading run (underscores
// apart) and, in a base that is not a power of two, refuses more than 4300
// with ValueError before converting, even when junk follows the run:
// int("1" * 5000 + "x") names the 5000 digits, not an invalid literal. A run
// that starts with or doubles an underscore is an invalid literal first.
void refuseTooManyDigits(std::string_view body, int base) {
  auto digitValue = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
  };
  size_t run = 0;
  while (run < body.size() && (body[run] == '_' || digitValue(body[run]) < base)) {
    if (body[run] == '_' && (run == 0 || body[run - 1] == '_')) return;
    ++run;
  }
  if (run > 0 && body[run - 1] == '_') return;
  try {
    checkIntParseDigits(body.substr(0, run), base);
  } catch (const FormatError& fe) {
    throwFormatError(fe);
  }
}

std::optional<BigInt> parseIntText(std::string_view text, int base) {
  std::string s = stripSpaces(asciiDigits(text));
  bool neg = false;
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    ++i;
  }
  std::string body = s.substr(i);
  auto lower = [](char c) { return char(std::tolower(static_cast<unsigned char>(c))); };
  bool prefixed = false;
  if (body.size() >= 2 && body[0] == '0') {
    char p = lower(body[1]);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      body = body.substr(2);
      prefixed = true;
    }
  }
  refuseTooManyDigits(body, base == 0 ? 10 : base);
  if (base == 0) {
    base = 10;
    // Base 0 forbids leading zeros in a non-zero decimal ("010").
    if (body.size() > 1 && body[0] == '0') {
      for (char c : body)
        if (c != '0' && c != '_') return std::nullopt;
    }
  }
  if (prefixed && !body.empty() && body[0] == '_') body = body.substr(1);
  if (body.empty() || body[0] == '_' || body.back() == '_' || body[0] == '+' || body[0] == '-') return std::nullopt;
  for (size_t k = 1; k < body.size(); ++k)
    if (body[k] == '_' && body[k - 1] == '_') return std::nullopt;
  auto r = BigInt::parse(body, base);
  if (!r) return std::nullopt;
  if (neg) return -*r;
  return r;
}

// The text int() and float() parse: a str's own, or a bytes' when it is all
// ASCII (any other byte makes it an invalid literal, as in CPython).
std::string_view asciiText(const Value& v) {
  if (v.is(ObjKind::Str)) return strView(v);
  std::string_view d = v.as<BytesObj>()->view();
  for (char c : d)
    if (static_cast<unsigned char>(c) >= 0x80) return "\x01";  // never a number
  return d;
}

// CPython writes the text into this message with %.200R: its repr cut to 200
// code points, so a long text loses its closing quote.
[[noreturn]] void raiseInvalidIntLiteral(int64_t base, const Value& text) {
  const std::string r = reprBuiltin(text);
  size_t cut = 0;
  for (int kept = 0; kept < 200 && cut < r.size(); ++kept) utf8Decode(r, cut);
  raiseValue("invalid literal for int() with base " + std::to_string(base) + ": " + r.substr(0, cut));
}

Value intConstruct(Interpreter& vm, Args a, const Value&) {
  allowKwargs(a, "int", {"base"});
  const Value* baseArg = argOrKwarg(a, 1, "base");
  clinicCount(a, "int", 0, 2);
  if (a.size() == 0) {
    if (baseArg) raiseType("int() missing string argument");
    return Value::integer(0);
  }
  const Value& v = a[0];
  if (baseArg) {
    int64_t base = indexOf(*baseArg);
    if (base != 0 && (base < 2 || base > 36)) raiseValue("int() base must be >= 2 and <= 36, or 0");
    if (!v.is(ObjKind::Str) && !v.is(ObjKind::Bytes)) raiseType("int() can't convert non-string with explicit base");
    auto r = parseIntText(asciiText(v), int(base));
    if (!r) raiseInvalidIntLiteral(base, v);
    return newInt(*r);
  }
  if (v.isInt()) return v;
  if (v.isBool()) return Value::integer(v.asInt());
  if (v.is(ObjKind::BigInt)) return v;
  if (v.isFloat()) return floatToInt(std::trunc(v.asFloat()));
  if (v.is(ObjKind::Str) || v.is(ObjKind::Bytes)) {
    auto r = parseIntText(asciiText(v), 10);
    if (!r) raiseInvalidIntLiteral(10, v);
    return newInt(*r);
  }
  // PyNumber_Long: __int__ must give an int, __index__ is asIndex, and
  // __trunc__ may give anything with __index__.
  if (v.isObj() && classHas(v, "__int__")) {
    Value r = vm.call(vm.getAttr(v, "__int__"), {});
    if (!isIntValue(r)) raiseType("__int__ returned non-int (type " + typeName(r) + ")");
    return r.isBool() ? Value::integer(r.asInt()) : r;
  }
  if (v.isObj() && classHas(v, "__index__")) return asIndex(v);
  if (v.isObj() && classHas(v, "__trunc__")) {
    Value r = vm.call(vm.getAttr(v, "__trunc__"), {});
    if (isIntValue(r)) return r.isBool() ? Value::integer(r.asInt()) : r;
    if (!hasIndex(r)) raiseType("__trunc__ returned non-Integral (type " + typeName(r) + ")");
    return asIndex(r);
  }
  raiseType("int() argument must be a string, a bytes-like object or a real number, not '" + typeName(v) + "'");
}

Value floatConstruct(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "float");
  if (a.size() > 1) raiseType("float expected at most 1 argument, got " + std::to_string(a.size()));
  if (a.size() == 0) return Value::floating(0.0);
  const Value& v = a[0];
  if (v.isFloat()) return v;
  if (isIntValue(v)) return Value::floating(realOf(v));
  if (v.is(ObjKind::Str) || v.is(ObjKind::Bytes)) {
    auto d = parseFloat(asciiDigits(asciiText(v)));
    if (!d) raiseValue("could not convert string to float: " + reprBuiltin(v));
    return Value::floating(std::isnan(*d) ? std::copysign(vm.newNaN(), *d) : *d);
  }
  // PyNumber_Float: __float__ must give a float; else __index__'s int, as a float.
  if (v.isObj() && classHas(v, "__float__")) {
    Value r = vm.call(vm.getAttr(v, "__float__"), {});
    if (!r.isFloat()) raiseType(typeName(v) + ".__float__ returned non-float (type " + typeName(r) + ")");
    return r;
  }
  if (v.isObj() && classHas(v, "__index__")) return Value::floating(realOf(asIndex(v)));
  raiseType("float() argument must be a string or a real number, not '" + typeName(v) + "'");
}

Value boolConstruct(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "bool");
  if (a.size() > 1) raiseType("bool expected at most 1 argument, got " + std::to_string(a.size()));
  return boolean(a.size() == 1 && vm.truthy(a[0]));
}

Value listConstruct(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "list");
  if (a.size() > 1) raiseType("list expected at most 1 argument, got " + std::to_string(a.size()));
  if (a.size() == 0) return newList();
  return listFromIterable(vm, a[0]);
}

Value tupleConstruct(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "tuple");
  if (a.size() > 1) raiseType("tuple expected at most 1 argument, got " + std::to_string(a.size()));
  if (a.size() == 0) return emptyTuple();
  if (a[0].is(ObjKind::Tuple)) return a[0];
  auto items = collect(vm, a[0]);
  if (items.empty()) return emptyTuple();
  return newTuple(std::move(items));
}

}  // namespace

// dict(...) and dict.update share the argument rules.
void dictUpdateFrom(Interpreter& vm, DictObj& d, const Value& src) {
  if (src.is(ObjKind::Dict)) {
    d.merge(*src.as<DictObj>());  // dict_merge: its clone and presizing
    return;
  }
  if (src.isObj() && !src.is(ObjKind::List) && !src.is(ObjKind::Tuple) && classHas(src, "keys")) {
    Value keys = vm.call(vm.getAttr(src, "keys"), {});
    Value getitem = vm.getAttr(src, "__getitem__");
    forEach(vm, keys, [&](const Value& k) {
      d.set(k, vm.call(getitem, std::span<const Value>(&k, 1)));
      return true;
    });
    return;
  }
  int64_t index = 0;
  forEach(vm, src, [&](const Value& item) {
    std::vector<Value> pair;
    try {
      pair = collect(vm, item);
    } catch (const PyErr& e) {
      if (errIs(e, T().TypeError))
        raiseType("cannot convert dictionary update sequence element #" + std::to_string(index) + " to a sequence");
      throw;
    }
    if (pair.size() != 2)
      raiseValue("dictionary update sequence element #" + std::to_string(index) + " has length " +
                 std::to_string(pair.size()) + "; 2 is required");
    d.set(pair[0], pair[1]);
    ++index;
    return true;
  });
}

namespace {

Value dictConstruct(Interpreter& vm, Args a, const Value&) {
  if (a.size() > 1) raiseType("dict expected at most 1 argument, got " + std::to_string(a.size()));
  Value d = newDict();
  if (a.size() == 1) dictUpdateFrom(vm, *d.as<DictObj>(), a[0]);
  for (const KwArg& k : a.kw) d.as<DictObj>()->set(k.name, k.value);
  return d;
}

Value setLike(Interpreter& vm, Args a, bool frozen) {
  const char* name = frozen ? "frozenset" : "set";
  noKwargs(a, name);
  if (a.size() > 1) raiseType(std::string(name) + " expected at most 1 argument, got " + std::to_string(a.size()));
  if (frozen && a.size() == 1 && a[0].is(ObjKind::Set) && a[0].as<SetObj>()->frozen) return a[0];
  Value s = newSet(frozen);
  if (a.size() == 1) setUpdateFrom(vm, *s.as<SetObj>(), a[0]);
  return s;
}
Value setConstruct(Interpreter& vm, Args a, const Value&) {
  return setLike(vm, a, false);
}
Value frozensetConstruct(Interpreter& vm, Args a, const Value&) {
  return setLike(vm, a, true);
}

Value rangeConstruct(Interpreter&, Args a, const Value&) {
  noKwargs(a, "range");
  unpackCount(a, "range", 1, 3);
  int64_t start = 0, stop, step = 1;
  if (a.size() == 1) {
    stop = indexOf(a[0]);
  } else {
    start = indexOf(a[0]);
    stop = indexOf(a[1]);
    if (a.size() == 3) step = indexOf(a[2]);
  }
  if (step == 0) raiseValue("range() arg 3 must not be zero");
  return newNative<RangeObj>(start, stop, step);
}

Value sliceConstruct(Interpreter&, Args a, const Value&) {
  noKwargs(a, "slice");
  unpackCount(a, "slice", 1, 3);
  if (a.size() == 1) return newNative<SliceObj>(Value(), a[0], Value());
  return newNative<SliceObj>(a[0], a[1], a.size() == 3 ? a[2] : Value());
}

Value objectConstruct(Interpreter&, Args a, const Value& cls) {
  ClassObj* c = cls.is(ObjKind::Class) ? cls.as<ClassObj>() : T().object;
  if (c == T().object && (a.size() || !a.kw.empty())) raiseType("object() takes no arguments");
  return Value::adopt(make<InstanceObj>(c));
}

// object.__init__, __setattr__ and __delattr__, which a class's own methods
// call (directly or through super()) to do the default work.
// ---------------------------------------------------------------- __slots__

ClassObj* g_memberDescriptor = nullptr;

// (name, owner's name) of a member descriptor; obj must be an instance.
const std::vector<Value>& memberState(const Value& self) {
  return nativeState(self).as<TupleObj>()->items;
}
InstanceObj& slottedInstance(const Value& self, const Value& obj) {
  if (!obj.is(ObjKind::Instance) || !obj.as<InstanceObj>()->cls->slotted)
    raiseType("descriptor '" + std::string(strView(memberState(self)[0])) + "' for '" +
              std::string(strView(memberState(self)[1])) + "' objects doesn't apply to a '" + typeName(obj) +
              "' object");
  return *obj.as<InstanceObj>();
}
[[noreturn]] void noSlotValue(const Value& obj, const Value& name) {
  throwError(T().AttributeError,
             "'" + typeName(obj) + "' object has no attribute '" + std::string(strView(name)) + "'");
}

Value member_get(Interpreter&, Args a, const Value&) {
  if (a.size() < 2 || a[1].isNone()) return a[0];  // read from the class: the descriptor itself
  InstanceObj& inst = slottedInstance(a[0], a[1]);
  const Value& name = memberState(a[0])[0];
  Value out;
  if (!inst.dict || !inst.dict->get(name, out)) noSlotValue(a[1], name);
  return out;
}
Value member_set(Interpreter&, Args a, const Value&) {
  methodCount(a, "__set__", 2, 2);
  InstanceObj& inst = slottedInstance(a[0], a[1]);
  if (!inst.dict) inst.dict = Ref<DictObj>(make<DictObj>());
  inst.dict->set(memberState(a[0])[0], a[2]);
  return {};
}
Value member_delete(Interpreter&, Args a, const Value&) {
  methodCount(a, "__delete__", 1, 1);
  InstanceObj& inst = slottedInstance(a[0], a[1]);
  const Value& name = memberState(a[0])[0];
  if (!inst.dict || !inst.dict->remove(name))
    throwError(T().AttributeError, strView(name));  // CPython names only the slot
  return {};
}
Value member_repr(Interpreter&, Args a, const Value&) {
  return str("<member '" + std::string(strView(memberState(a[0])[0])) + "' of '" +
             std::string(strView(memberState(a[0])[1])) + "' objects>");
}

}  // namespace

Value newSlotDescriptor(const ClassObj& owner, const std::string& name) {
  static std::once_flag once;
  std::call_once(once, [] {
    g_memberDescriptor = newNativeClass("member_descriptor", "builtins");
    addMethods(
        g_memberDescriptor,
        {{"__get__", member_get}, {"__set__", member_set}, {"__delete__", member_delete}, {"__repr__", member_repr}});
  });
  InstanceObj* d = make<InstanceObj>(g_memberDescriptor);
  d->args = newTuple({str(name), str(owner.name)});
  return Value::adopt(d);
}

namespace {

// object.__init_subclass__: the end of every chain of super() calls.
Value objectInitSubclass(Interpreter&, Args a, const Value&) {
  if (!a.kw.empty()) raiseType("object.__init_subclass__() takes no keyword arguments");
  if (a.size() > 1)
    raiseType("object.__init_subclass__() takes no arguments (" + std::to_string(a.size() - 1) + " given)");
  return {};
}

// object.__new__(cls): a bare instance of a user class, what
// super().__new__(cls) gives a class that defines __new__ (a singleton, a
// cache of instances). Errors as CPython's object_new.
Value objectNew(Interpreter&, Args a, const Value&) {
  if (a.size() == 0) raiseType("object.__new__(): not enough arguments");
  if (!a[0].is(ObjKind::Class)) raiseType("object.__new__(X): X is not a type object (" + typeName(a[0]) + ")");
  ClassObj* cls = a[0].as<ClassObj>();
  ClassObj* builtinBase = T().object;
  bool ownNew = false, ownInit = false;
  for (ClassObj* c : cls->mro) {
    if (c->isBuiltin) {
      builtinBase = c;
      break;
    }
    Value unused;
    ownNew = ownNew || (c->dict && c->dict->getStr("__new__", unused));
    ownInit = ownInit || (c->dict && c->dict->getStr("__init__", unused));
  }
  // CPython names the nearest class whose __new__ is not written in Python.
  if (builtinBase != T().object)
    raiseType("object.__new__(" + cls->name + ") is not safe, use " + (ownNew ? builtinBase : cls)->name +
              ".__new__()");
  if (a.size() > 1 || !a.kw.empty()) {
    if (ownNew) raiseType("object.__new__() takes exactly one argument (the type to instantiate)");
    if (!ownInit) raiseType(cls->name + "() takes no arguments");
  }
  return Value::adopt(make<InstanceObj>(cls));
}

Value objectInit(Interpreter&, Args a, const Value&) {
  noKwargs(a, "object.__init__");
  if (a.size() != 1) raiseType("object.__init__() takes exactly one argument (the instance to initialize)");
  return {};
}

Value objectSetattr(Interpreter& vm, Args a, const Value&) {
  methodCount(a, "__setattr__", 2, 2);
  needAttrName(a[1]);
  vm.setAttr(a[0], strView(a[1]), a[2], /*classHook=*/false);
  return {};
}

// object.__getattribute__(self, name): the default lookup, which a class's
// own __getattribute__ calls to do the work.
Value objectGetattribute(Interpreter& vm, Args a, const Value&) {
  methodCount(a, "__getattribute__", 1, 1);
  needAttrName(a[1]);
  return vm.getAttr(a[0], strView(a[1]), /*classHook=*/false);
}

Value objectDelattr(Interpreter& vm, Args a, const Value&) {
  methodCount(a, "__delattr__", 1, 1);
  needAttrName(a[1]);
  vm.delAttr(a[0], strView(a[1]), /*classHook=*/false);
  return {};
}

Value typeConstruct(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "type");
  if (a.size() == 1) return Value::object(typeOf(a[0]));
  if (a.size() == 3) {
    // type(name, bases, dict): a class whose namespace is a copy of dict.
    if (!a[0].is(ObjKind::Str)) raiseType("type.__new__() argument 1 must be str, not " + argTypeName(a[0]));
    if (!a[1].is(ObjKind::Tuple)) raiseType("type.__new__() argument 2 must be tuple, not " + argTypeName(a[1]));
    if (!a[2].is(ObjKind::Dict)) raiseType("type.__new__() argument 3 must be dict, not " + argTypeName(a[2]));
    return vm.makeClass(a[0], a[1], *a[2].as<DictObj>());
  }
  raiseType("type() takes 1 or 3 arguments");
}

Value strConstructFn(Interpreter& vm, Args a, const Value& cls) {
  return strConstruct(vm, a, cls);
}

}  // namespace

Value strConstruct(Interpreter& vm, Args a, const Value&) {
  clinicParams(a, "str", {"object", "encoding", "errors"});
  const Value* obj = argOrKwarg(a, 0, "object");
  if (!obj) return str("");
  if (a.size() > 1 || kwarg(a, "encoding") || kwarg(a, "errors")) {
    const CodecArgs codec = codecArgs(a, "str");  // clinic checks encoding and errors are str first
    if (obj->is(ObjKind::Str)) raiseType("decoding str is not supported");
    if (!obj->is(ObjKind::Bytes)) raiseType("decoding to str: need a bytes-like object, " + typeName(*obj) + " found");
    return decodeToStr(obj->as<BytesObj>()->view(), codec.encodingOr("utf-8"), codec.errorsOr("strict"));
  }
  if (obj->is(ObjKind::Str)) return *obj;
  return str(vm.str(*obj));
}

// ---------------------------------------------------------------- exceptions

namespace {

InstanceObj* excSelf(Args a, const char* method) {
  if (a.size() == 0 || !a[0].is(ObjKind::Instance) || !a[0].as<InstanceObj>()->cls->isException)
    raiseType(std::string("descriptor '") + method + "' requires a 'BaseException' object");
  return a[0].as<InstanceObj>();
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with two to
// five arguments they become its errno, strerror, filename and filename2
// attributes (None otherwise), and a filename leaves only the first two in
// args, as CPython's oserror_init does.
bool osErrorParses(size_t nargs) {
  return nargs >= 2 && nargs <= 5;
}
void fillOsError(InstanceObj* e, std::span<const Value> args) {
  const bool parsed = osErrorParses(args.size());
  auto at = [&](size_t i) { return parsed && i < args.size() ? args[i] : Value(); };
  if (!e->dict) e->dict = Ref<DictObj>(make<DictObj>());
  e->dict->setStr("errno", at(0));
  e->dict->setStr("strerror", at(1));
  e->dict->setStr("filename", at(2));
  e->dict->setStr("filename2", at(4));
  e->args = newTuple(at(2).isNone() ? std::vector<Value>(args.begin(), args.end())
                                    : std::vector<Value>(args.begin(), args.begin() + 2));
}

// OSError itself called with a known errno makes the subclass that names it
// (OSError(2, 'x') is a FileNotFoundError), as on Linux.
ClassObj* osErrorSubclass(ClassObj* c, std::span<const Value> args) {
  if (c != T().OSError || !osErrorParses(args.size()) || !args[0].isInt()) return c;
  static const std::pair<int64_t, const char*> kByErrno[] = {
      {11, "BlockingIOError"},         {114, "BlockingIOError"},        {115, "BlockingIOError"},
      {10, "ChildProcessError"},       {32, "BrokenPipeError"},         {108, "BrokenPipeError"},
      {103, "ConnectionAbortedError"}, {111, "ConnectionRefusedError"}, {104, "ConnectionResetError"},
      {17, "FileExistsError"},         {2, "FileNotFoundError"},        {21, "IsADirectoryError"},
      {20, "NotADirectoryError"},      {4, "InterruptedError"},         {13, "PermissionError"},
      {1, "PermissionError"},          {3, "ProcessLookupError"},       {110, "TimeoutError"},
  };
  for (const auto& [number, name] : kByErrno)
    if (args[0].asInt() == number)
      for (ClassObj* sub : T().all)
        if (sub->name == name) return sub;
  return c;
}

// The keyword arguments an exception takes in CPython 3.11, each stored as
// the attribute of that name (the class gives None where one is not given):
// AttributeError("m", name="x", obj=o), ImportError("m", name="n", path="p").
std::span<const std::string_view> exceptionKeywords(const ClassObj* c) {
  static constexpr std::string_view kAttributeError[] = {"name", "obj"}, kNameError[] = {"name"},
                                    kImportError[] = {"name", "path"};
  if (c->isSubclassOf(T().AttributeError)) return kAttributeError;
  if (c->isSubclassOf(T().NameError)) return kNameError;
  if (c->isSubclassOf(T().ImportError)) return kImportError;
  return {};
}

void storeExceptionKeywords(InstanceObj* e, Args a) {
  const std::span<const std::string_view> allowed = exceptionKeywords(e->cls.get());
  if (allowed.empty()) {
    if (!a.kw.empty()) raiseType(e->cls->name + "() takes no keyword arguments");
    return;
  }
  for (const KwArg& k : a.kw)
    if (std::find(allowed.begin(), allowed.end(), strView(k.name)) == allowed.end())
      raiseType("'" + std::string(strView(k.name)) + "' is an invalid keyword argument for " +
                (e->cls->isSubclassOf(T().AttributeError) ? "AttributeError"
                 : e->cls->isSubclassOf(T().NameError)    ? "NameError"
                                                          : "ImportError") +
                "()");
  if (!a.kw.empty() && !e->dict) e->dict = Ref<DictObj>(make<DictObj>());
  for (const KwArg& k : a.kw) e->dict->set(k.name, k.value);
  // ImportError.msg is its one argument.
  if (e->cls->isSubclassOf(T().ImportError) && a.size() == 1) {
    if (!e->dict) e->dict = Ref<DictObj>(make<DictObj>());
    e->dict->setStr("msg", a[0]);
  }
}

Value excConstruct(Interpreter&, Args a, const Value& cls) {
  ClassObj* c = cls.is(ObjKind::Class) ? cls.as<ClassObj>() : T().Exception;
  if (!c->isBuiltin && !a.kw.empty())  // a user class's own __init__ takes them
    return newException(c, std::vector<Value>(a.pos.begin(), a.pos.end()));
  Value e;
  if (c->isSubclassOf(T().OSError)) {
    e = newException(osErrorSubclass(c, a.pos), {});
    fillOsError(e.as<InstanceObj>(), a.pos);
  } else {
    e = newException(c, std::vector<Value>(a.pos.begin(), a.pos.end()));
  }
  storeExceptionKeywords(e.as<InstanceObj>(), a);
  return e;
}

Value exc_init(Interpreter&, Args a, const Value&) {
  InstanceObj* self = excSelf(a, "__init__");
  // BaseException_init refuses keywords ("E() takes no keyword arguments");
  // AttributeError, NameError and ImportError take theirs.
  if (!a.kw.empty()) storeExceptionKeywords(self, Args{a.pos.subspan(1), a.kw});
  if (self->cls->isSubclassOf(T().OSError))
    fillOsError(self, a.pos.subspan(1));
  else
    self->args = newTuple(std::vector<Value>(a.pos.begin() + 1, a.pos.end()));
  return {};
}

const std::vector<Value>& excArgs(InstanceObj* e) {
  static const std::vector<Value> none;
  if (e->args.is(ObjKind::Tuple)) return e->args.as<TupleObj>()->items;
  return none;
}

// "[Errno 2] No such file: 'a.txt'": an OSError built from two to five
// arguments shows its attributes (as they are now), else its args.
std::optional<std::string> osErrorStr(Interpreter& vm, InstanceObj* self) {
  if (!self->cls->isSubclassOf(T().OSError) || !osErrorParses(excArgs(self).size()) || !self->dict) return std::nullopt;
  auto attr = [&](const char* name) {
    Value v;
    self->dict->getStr(name, v);
    return v;
  };
  std::string out = "[Errno " + vm.str(attr("errno")) + "] " + vm.str(attr("strerror"));
  if (Value filename = attr("filename"); !filename.isNone()) {
    out += ": " + vm.repr(filename);
    if (Value filename2 = attr("filename2"); !filename2.isNone()) out += " -> " + vm.repr(filename2);
  }
  return out;
}

Value exc_str(Interpreter& vm, Args a, const Value&) {
  InstanceObj* self = excSelf(a, "__str__");
  slotArgs(a, "__str__", 0);
  if (std::optional<std::string> os = osErrorStr(vm, self)) return str(*os);
  const auto& args = excArgs(self);
  if (args.empty()) return str("");
  if (args.size() == 1) {
    if (self->cls->isSubclassOf(T().KeyError)) return str(vm.repr(args[0]));
    return str(vm.str(args[0]));
  }
  return str(vm.repr(self->args));
}

Value exc_repr(Interpreter& vm, Args a, const Value&) {
  InstanceObj* self = excSelf(a, "__repr__");
  slotArgs(a, "__repr__", 0);
  const auto& args = excArgs(self);
  std::string inner;
  if (args.size() == 1)
    inner = vm.repr(args[0]);
  else if (!args.empty()) {
    std::string t = vm.repr(self->args);
    inner = t.substr(1, t.size() - 2);
  }
  return str(self->cls->name + "(" + inner + ")");
}

Value exc_args(Interpreter&, Args a, const Value&) {
  InstanceObj* self = excSelf(a, "args");
  return self->args.is(ObjKind::Tuple) ? self->args : emptyTuple();
}

// e.args = iterable: a tuple of its items (BaseException_set_args).
Value exc_setArgs(Interpreter& vm, Args a, const Value&) {
  InstanceObj* self = excSelf(a, "args");
  self->args = newTuple(collect(vm, a[1]));
  return {};
}
Value exc_deleteArgs(Interpreter&, Args, const Value&) {
  raiseType("args may not be deleted");
}

Value exc_firstArg(Interpreter&, Args a, const Value&) {
  InstanceObj* self = excSelf(a, "value");
  const auto& args = excArgs(self);
  return args.empty() ? Value() : args[0];
}

// e.with_traceback(tb): tb's frames (none for None) become e's, so a raise
// of it prints them under the frames it then passes through.
Value exc_withTraceback(Interpreter&, Args a, const Value&) {
  excSelf(a, "with_traceback");
  methodCount(a, "with_traceback", 1, 1);
  if (!setTraceback(a[0], a[1])) raiseType("__traceback__ must be a traceback or None");
  return a[0];
}

// e.add_note(note), new in 3.11: the str joins e.__notes__ (a list made on
// first use), which a traceback prints under the exception's line.
Value exc_addNote(Interpreter& vm, Args a, const Value&) {
  InstanceObj* e = excSelf(a, "add_note");
  methodCount(a, "add_note", 1, 1);
  if (!a[1].is(ObjKind::Str)) raiseType("note must be a str, not '" + typeName(a[1]) + "'");
  Value notes;
  if (!vm.hasAttr(a[0], "__notes__")) {
    if (!e->dict) e->dict = Ref<DictObj>(make<DictObj>());
    notes = newList();
    e->dict->setStr("__notes__", notes);
  } else {
    notes = vm.getAttr(a[0], "__notes__");
  }
  if (!notes.is(ObjKind::List)) raiseType("Cannot add note: __notes__ is not a list");
  notes.as<ListObj>()->append(a[1]);
  return {};
}

void installExceptionMethods(const BuiltinTypes& t) {
  for (ClassObj* c : t.all)
    if (c->isException) c->construct = excConstruct;
  ClassObj* base = t.BaseException;
  addMethod(base, "__init__", exc_init);
  addMethod(base, "__str__", exc_str);
  addMethod(base, "__repr__", exc_repr);
  addMethod(base, "with_traceback", exc_withTraceback);
  addMethod(base, "add_note", exc_addNote);
  addProperty(base, "args", exc_args, exc_setArgs, exc_deleteArgs);
  addProperty(t.StopIteration, "value", exc_firstArg);
  addProperty(t.SystemExit, "code", exc_firstArg);
  // What these exceptions carry beside args: None until given or set.
  for (ClassObj* cls : {t.AttributeError, t.NameError, t.ImportError})
    for (std::string_view name : exceptionKeywords(cls)) cls->dict->setStr(name, Value());
  t.ImportError->dict->setStr("msg", Value());
}

}  // namespace

// ================================================================ installBuiltins

void installComplexMethods();  // mod_complex.cpp

namespace {
// memoryview exists so `isinstance(x, memoryview)` works; making one is
// refused clearly.
Value memoryviewConstruct(Interpreter&, Args, const Value&) {
  throwError(T().NotImplementedError, "Yieldscope does not support memoryview objects yet");
}

// NotImplemented and Ellipsis: one immortal instance each of a small class
// whose __repr__ is the constant's name (the VM recognises NotImplemented
// by its class name, NotImplementedType).
Value singletonRepr(Interpreter&, Args a, const Value&) {
  const char* name =
      a.size() && a[0].is(ObjKind::Instance) ? builtinSingletonName(*a[0].as<InstanceObj>()->cls) : nullptr;
  return str(name ? name : "NotImplemented");
}
void installSingletonType(ClassObj* c, NativeFn construct) {
  addMethod(c, "__repr__", singletonRepr);
  c->construct = construct;
}
Value makeSingleton(const char* className, NativeFn construct) {
  ClassObj* c = newNativeClass(className, "builtins");
  installSingletonType(c, construct);
  Value v;
  withoutAccount([&] {
    InstanceObj* inst = make<InstanceObj>(c);
    inst->refcount = 1u << 30;
    v = Value::object(inst);
  });
  return v;
}
// Calling the type gives the one instance back: type(...)() is ...
void singletonTakesNoArguments(Args a, const char* typeName) {
  if (a.size() || !a.kw.empty()) raiseType(std::string(typeName) + " takes no arguments");
}
Value ellipsisConstruct(Interpreter&, Args a, const Value&) {
  singletonTakesNoArguments(a, "EllipsisType");
  return ellipsisSingleton();
}
Value notImplementedConstruct(Interpreter& vm, Args a, const Value&) {
  singletonTakesNoArguments(a, "NotImplementedType");
  return notImplemented(vm);
}

// exit()/quit() from site.py: raise SystemExit(code).
// exit() and quit() are site.Quitter objects: __call__(self, code=None)
// raises SystemExit(code), so the exception always has that one argument.
Value bi_exit(Interpreter&, Args a, const Value&) {
  const Value* code = a.size() ? &a[0] : nullptr;
  for (const KwArg& k : a.kw) {
    if (strView(k.name) != "code")
      raiseType("Quitter.__call__() got an unexpected keyword argument '" + std::string(strView(k.name)) + "'");
    if (code) raiseType("Quitter.__call__() got multiple values for argument 'code'");
    code = &k.value;
  }
  if (a.size() > 1)
    raiseType("Quitter.__call__() takes from 1 to 2 positional arguments but " + std::to_string(a.size() + 1) +
              " were given");
  throw PyErr{newException(T().SystemExit, {code ? *code : Value()})};
}

// The methods of the built-in types, which the runtime made without them.
void installTypeMethods(const BuiltinTypes& t) {
  t.int_->construct = intConstruct;
  t.float_->construct = floatConstruct;
  t.str->construct = strConstructFn;
  t.bool_->construct = boolConstruct;
  t.list->construct = listConstruct;
  t.tuple->construct = tupleConstruct;
  t.dict->construct = dictConstruct;
  t.set->construct = setConstruct;
  t.frozenset->construct = frozensetConstruct;
  t.range->construct = rangeConstruct;
  t.slice->construct = sliceConstruct;
  t.object->construct = objectConstruct;
  addMethod(t.object, "__init__", objectInit);
  addWrappedFunction(t.object, "__new__", objectNew, false);  // a staticmethod, as CPython's
  addMethod(t.object, "__setattr__", objectSetattr);
  addMethod(t.object, "__getattribute__", objectGetattribute);
  addMethod(t.object, "__delattr__", objectDelattr);
  addClassMethod(t.object, "__init_subclass__", objectInitSubclass);
  t.type->construct = typeConstruct;
  addMethod(t.type, "mro", typeMro);
  addMethod(t.type, "__subclasses__", typeSubclasses);
  installExceptionMethods(t);
  installStrMethods(t);
  installBytesMethods(t);
  installListMethods(t);
  installDictMethods(t);
  installSetMethods(t);
  installNumberMethods(t);
  installComplexMethods();
  installSingletonType(typeOf(ellipsisSingleton()), ellipsisConstruct);
}
}  // namespace

void installTypeMethodsOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    withoutAccount([] { installTypeMethods(T()); });
    immortalizeTypes(T());
  });
}

// The one Ellipsis object: the builtin name and the literal `...` (CodeGen).

void installBuiltins(Interpreter&, DictObj& b) {
  static const NativeEntry fns[] = {
      {"print", bi_print},
      {"input", bi_input_real},
      {"len", bi_len},
      {"repr", bi_repr},
      {"ascii", bi_ascii},
      {"iter", bi_iter},
      {"next", bi_next},
      {"sum", bi_sum},
      {"min", bi_min},
      {"max", bi_max},
      {"abs", bi_abs},
      {"any", bi_any},
      {"all", bi_all},
      {"sorted", bi_sorted},
      {"isinstance", bi_isinstance},
      {"issubclass", bi_issubclass},
      {"round", bi_round},
      {"divmod", bi_divmod},
      {"pow", bi_pow},
      {"chr", bi_chr},
      {"ord", bi_ord},
      {"hex", bi_hex},
      {"oct", bi_oct},
      {"bin", bi_bin},
      {"hash", bi_hash},
      {"id", bi_id},
      {"callable", bi_callable},
      {"getattr", bi_getattr},
      {"hasattr", bi_hasattr},
      {"setattr", bi_setattr},
      {"delattr", bi_delattr},
      {"vars", bi_vars},
      {"dir", bi_dir},
      {"format", bi_format},
      {"globals", bi_globals},
      {"locals", bi_locals},
      {"open", bi_open},
      {"exec", bi_exec},
      {"eval", bi_eval},
      {"compile", bi_compile},
      {"__import__", bi_import},
  };
  addFunctions(b, fns);
  // enumerate, zip, map, filter and reversed are types, as in CPython:
  // print(map) is <class 'map'> and isinstance(x, enumerate) works. Calling
  // one makes the object (zip(...)'s class is zip). super is the VM's.
  static const std::pair<ClassObj*, NativeFn> kTypes[] = {
      {nativeIterType("enumerate"), bi_enumerate},
      {nativeIterType("zip"), bi_zip},
      {nativeIterType("map"), bi_map},
      {nativeIterType("filter"), bi_filter},
      {nativeIterType("reversed"), bi_reversed},
  };
  for (const auto& [type, make] : kTypes) {
    type->construct = make;
    b.setStr(type->name, Value::object(type));
  }
  const BuiltinTypes& t = T();
  for (ClassObj* c : t.all)
    if (c->module == "builtins") b.setStr(c->name, Value::object(c));
  b.setStr("EnvironmentError", Value::object(T().OSError));
  b.setStr("IOError", Value::object(T().OSError));
  static ClassObj* memoryviewType = [] {
    ClassObj* c = newNativeClass("memoryview", "builtins");
    c->construct = memoryviewConstruct;
    return c;
  }();
  static Value notImplemented = makeSingleton("NotImplementedType", notImplementedConstruct);
  b.setStr("complex", Value::object(complexType()));
  b.setStr("memoryview", Value::object(memoryviewType));
  b.setStr("NotImplemented", notImplemented);
  b.setStr("Ellipsis", ellipsisSingleton());
  b.setStr("__debug__", boolean(true));
  addFunction(b, "exit", bi_exit);
  addFunction(b, "quit", bi_exit);
  b.setStr("None", Value());
  b.setStr("True", boolean(true));
  b.setStr("False", boolean(false));
  b.setStr("__name__", str("builtins"));
}

// ================================================================ importModule

namespace {

// CPython 3.11's sys.stdlib_module_names (copied from python3): an import of
// one of these that Yieldscope lacks says so, rather than claiming the
// module does not exist.
bool isStdlibModule(std::string_view name) {
  // The names packed, as python3 prints them.
  // clang-format off
  static const std::set<std::string_view> kNames = {
    "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bootsubprocess", "_bz2",
    "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
    "_collections", "_collections_abc", "_compat_pickle", "_compression", "_contextvars", "_crypt", "_csv",
    "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree",
    "_frozen_importlib", "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp",
    "_io", "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec",
    "_multiprocessing", "_opcode", "_operator", "_osx_support", "_overlapped", "_pickle", "_posixshmem",
    "_posixsubprocess", "_py_abc", "_pydecimal", "_pyio", "_queue", "_random", "_scproxy", "_sha1", "_sha256",
    "_sha3", "_sha512", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat",
    "_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread", "_threading_local", "_tkinter",
    "_tokenize", "_tracemalloc", "_typing", "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi",
    "_zoneinfo", "abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore",
    "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar",
    "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys",
    "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt",
    "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "distutils",
    "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp",
    "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath", "getopt", "getpass",
    "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib",
    "imaplib", "imghdr", "imp", "importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword",
    "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes",
    "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath",
    "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb",
    "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath",
    "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat",
    "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched",
    "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtpd", "smtplib",
    "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl",
    "stat", "statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys",
    "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this",
    "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace", "traceback",
    "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib",
    "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref",
    "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
  };
  // clang-format on
  return kNames.count(name.substr(0, name.find('.'))) > 0;
}

}  // namespace

Value makeTypingModule(Interpreter& vm);  // mod_typing.cpp

namespace {
// dir() of CPython 3.11's built-in types, by type name; null for the others.
const std::set<std::string_view>* cpythonTypeNames(std::string_view type) {
  static const std::map<std::string_view, std::set<std::string_view>> kNames = {
#include "core/lib/cpython_type_names.inc"
  };
  auto it = kNames.find(type);
  return it == kNames.end() ? nullptr : &it->second;
}
}  // namespace

void refuseMissingTypeName(const Value& obj, std::string_view name) {
  ClassObj* cls = obj.is(ObjKind::Class) ? obj.as<ClassObj>() : typeOf(obj);
  if (!cls) return;
  for (ClassObj* k : cls->mro) {
    if (!k->isBuiltin) continue;
    const std::set<std::string_view>* names = cpythonTypeNames(k->name);
    if (names && names->count(name))
      throwError(T().NotImplementedError, "Yieldscope does not support " + k->name + "." + std::string(name) + " yet");
  }
}

std::vector<std::string> dirOfValue(const Value& v) {
  std::set<std::string> names;
  auto addDict = [&names](const DictObj* d) {
    if (!d) return;
    for (auto& e : d->entries)
      if (e.live && e.key.is(ObjKind::Str)) names.emplace(strView(e.key));
  };
  if (v.is(ObjKind::Instance)) addDict(v.as<InstanceObj>()->dict.get());
  ClassObj* cls = v.is(ObjKind::Class) ? v.as<ClassObj>() : typeOf(v);
  Value ignored;
  for (ClassObj* k : cls->mro) {
    const std::set<std::string_view>* builtin = k->isBuiltin ? cpythonTypeNames(k->name) : nullptr;
    if (builtin) {
      names.insert(builtin->begin(), builtin->end());
    } else {
      addDict(k->dict.get());
      // CPython gives a class without __slots__ these two descriptors.
      if (!k->isBuiltin && k->dict && !k->dict->getStr("__slots__", ignored)) names.insert({"__dict__", "__weakref__"});
    }
  }
  return std::vector<std::string>(names.begin(), names.end());
}

void refuseMissingModuleName(std::string_view module, std::string_view name) {
  static const std::map<std::string_view, std::set<std::string_view>> kCPythonNames = {
#include "core/lib/cpython_module_names.inc"
  };
  auto it = kCPythonNames.find(module);
  if (it != kCPythonNames.end() && it->second.count(name))
    throwError(T().NotImplementedError,
               "Yieldscope does not support " + std::string(module) + "." + std::string(name) + " yet");
}

Value importModule(Interpreter& vm, std::string_view name) {
  if (name == "typing") return makeTypingModule(vm);
  if (name == "itertools") return makeItertoolsModule(vm);
  if (name == "functools") return makeFunctoolsModule(vm);
  if (name == "math") return makeMathModule(vm);
  if (name == "sys") return makeSysModule(vm);
  if (name == "collections") return makeCollectionsModule(vm);
  if (name == "collections.abc") return makeCollectionsAbcModule(vm);
  if (name == "operator") return makeOperatorModule(vm);
  if (name == "inspect") return makeInspectModule(vm);
  if (name == "random") return makeRandomModule(vm);
  if (name == "dataclasses") return makeDataclassesModule(vm);
  if (name == "contextlib") return makeContextlibModule(vm);
  if (name == "types") return makeTypesModule(vm);
  // Still ModuleNotFoundError (an ImportError), so a program's fallback for a
  // missing module runs as it would; the text says which case it is.
  if (isStdlibModule(name))
    throwError(T().ModuleNotFoundError, "Yieldscope does not support the module '" + std::string(name) + "' yet");
  Value e = newException(T().ModuleNotFoundError, {newStr("No module named '" + std::string(name) + "'")});
  InstanceObj* inst = e.as<InstanceObj>();
  inst->dict = Ref<DictObj>(make<DictObj>());
  inst->dict->setStr("name", newStr(name));
  inst->dict->setStr("msg", inst->args.as<TupleObj>()->items[0]);
  throw PyErr{e};
}

}  // namespace ys
