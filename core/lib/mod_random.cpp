// mod_random.cpp — the random module with CPython 3.11's exact algorithms,
// so a seeded program prints what python3 prints: the Mersenne Twister
// MT19937 of Modules/_randommodule.c (init_genrand, init_by_array over the
// 32-bit words of abs(seed), genrand_uint32, 53-bit random(), getrandbits),
// and the methods of Lib/random.py on top of it (randbelow by rejection with
// getrandbits, randrange, randint, choice, choices, shuffle, sample,
// uniform, gauss).
//
// Determinism: an unseeded program, or seed(None), does not read the OS
// entropy pool. It takes its seed from VM::setRandomSeed (the embedding
// chooses: `yieldscope run` passes one derived from the time, the debugger a
// recorded one), mixed with how many times seed(None) has run, so a replay
// of the same run draws the same numbers.
#include <array>
#include <cmath>
#include <memory>
#include <mutex>
#include <unordered_set>

#include "core/frontend/ast.h"
#include "core/lib/builtins_util.h"

namespace ys {

struct RandomState {
  static constexpr int N = 624, M = 397;
  uint32_t mt[N];
  int mti = N + 1;
  bool hasGaussNext = false;
  double gaussNext = 0;
  uint64_t unseededDraws = 0;  // seed(None) calls so far (varies each one's seed)

  void initGenrand(uint32_t s) {
    mt[0] = s;
    for (mti = 1; mti < N; mti++) mt[mti] = 1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + uint32_t(mti);
  }
  void initByArray(const std::vector<uint32_t>& key) {
    initGenrand(19650218U);
    size_t i = 1, j = 0;
    const size_t len = key.size();
    for (size_t k = N > len ? N : len; k; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (size_t k = N - 1; k; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000U;
    hasGaussNext = false;
  }
  uint32_t next32() {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t y;
    if (mti >= N) {
      int kk;
      for (kk = 0; kk < N - M; kk++) {
        y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
        mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
        mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
      }
      y = (mt[N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
      mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
      mti = 0;
    }
    y = mt[mti++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
  }
  double random() {
    uint32_t a = next32() >> 5, b = next32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
  // getrandbits(k) for k <= 64.
  uint64_t bits64(int k) {
    if (k <= 32) return k == 0 ? 0 : next32() >> (32 - k);
    uint64_t lo = next32();
    uint64_t hi = next32() >> (64 - k);
    return lo | (hi << 32);
  }
  BigInt bitsBig(uint64_t k) {
    // Words little-endian, the last one keeps its top k % 32 bits.
    std::vector<uint32_t> words;
    for (int64_t left = int64_t(k); left > 0; left -= 32) {
      uint32_t r = next32();
      if (left < 32) r >>= (32 - left);
      words.push_back(r);
    }
    BigInt acc;
    for (size_t i = words.size(); i-- > 0;) acc = acc.shiftLeft(32) | BigInt(int64_t(words[i]));
    return acc;
  }
  // Lib/random.py _randbelow_with_getrandbits, n > 0.
  Value below(const Value& n) {
    if (n.isInt()) {
      const uint64_t u = uint64_t(n.asInt());
      const int k = 64 - __builtin_clzll(u);
      uint64_t r = bits64(k);
      while (r >= u) r = bits64(k);
      return Value::integer(int64_t(r));
    }
    BigInt big = bigOf(n);
    const size_t k = big.bitLength();
    BigInt r = bitsBig(k);
    while (!(r < big)) r = bitsBig(k);
    return newInt(r);
  }
  int64_t below(int64_t n) { return below(Value::integer(n)).asInt(); }
};

namespace {

RandomState& state(Interpreter& vm) {
  std::shared_ptr<RandomState>& random = vm.randomState();
  if (!random) {
    random = std::make_shared<RandomState>();
    random->initByArray({0});  // replaced at once by the module's seed(None)
  }
  return *random;
}

uint64_t splitmix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// SHA-512 (FIPS 180-4), for seeding with a str as random.seed version 2 does.
std::array<uint8_t, 64> sha512(const std::string& msg) {
  static const uint64_t K[80] = {
      0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
      0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
      0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
      0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
      0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
      0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
      0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
      0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
      0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
      0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
      0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
      0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
      0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
      0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
      0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
      0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
      0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
      0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
      0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
      0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};
  uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                   0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  auto rotr = [](uint64_t x, int n) { return (x >> n) | (x << (64 - n)); };
  std::string m = msg;
  const uint64_t bitLen = uint64_t(msg.size()) * 8;
  m += char(0x80);
  while (m.size() % 128 != 112) m += char(0);
  for (int i = 0; i < 8; ++i) m += char(0);  // the high 64 bits of the 128-bit length
  for (int i = 7; i >= 0; --i) m += char(uint8_t(bitLen >> (8 * i)));
  for (size_t off = 0; off < m.size(); off += 128) {
    uint64_t w[80];
    for (int i = 0; i < 16; ++i) {
      w[i] = 0;
      for (int j = 0; j < 8; ++j) w[i] = (w[i] << 8) | uint8_t(m[off + size_t(i) * 8 + size_t(j)]);
    }
    for (int i = 16; i < 80; ++i) {
      uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
      uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; ++i) {
      uint64_t S1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
      uint64_t ch = (e & f) ^ (~e & g);
      uint64_t t1 = hh + S1 + ch + K[i] + w[i];
      uint64_t S0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
      uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
      uint64_t t2 = S0 + maj;
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  std::array<uint8_t, 64> out;
  for (int i = 0; i < 8; ++i)
    for (int j = 0; j < 8; ++j) out[size_t(i) * 8 + size_t(j)] = uint8_t(h[i] >> (56 - 8 * j));
  return out;
}

// init_by_array's key from big-endian bytes: the 32-bit words of the integer
// they spell, least significant first (int.from_bytes(b, 'big')).
std::vector<uint32_t> wordsOfBigEndian(const std::string& bytes) {
  size_t start = 0;
  while (start < bytes.size() && bytes[start] == 0) ++start;
  std::vector<uint32_t> key;
  for (size_t end = bytes.size(); end > start;) {
    size_t from = end >= start + 4 ? end - 4 : start;
    uint32_t w = 0;
    for (size_t i = from; i < end; ++i) w = (w << 8) | uint8_t(bytes[i]);
    key.push_back(w);
    end = from;
  }
  if (key.empty()) key.push_back(0);
  return key;
}

void seedFrom(Interpreter& vm, RandomState& st, const Value& a, int version = 2) {
  std::vector<uint32_t> key;
  if (version == 1 && (a.is(ObjKind::Str) || (a.is(ObjKind::Bytes) && !a.as<BytesObj>()->isArray))) {
    // Lib/random.py's version 1: a 64-bit string hash of the code points
    // (a bytes' are its bytes, decoded as latin-1).
    std::u32string cps;
    if (a.is(ObjKind::Str))
      cps = decodeUtf8(strView(a));
    else
      for (unsigned char byte : a.as<BytesObj>()->data) cps += char32_t(byte);
    uint64_t x = cps.empty() ? 0 : uint64_t(cps[0]) << 7;
    for (char32_t c : cps) x = (1000003ULL * x) ^ uint64_t(c);
    x ^= uint64_t(cps.size());
    key = {uint32_t(x)};
    if (x >> 32) key.push_back(uint32_t(x >> 32));
    st.initByArray(key);
    return;
  }
  if (a.is(ObjKind::Str) || a.is(ObjKind::Bytes)) {
    // version 2: int.from_bytes(b + sha512(b).digest(), 'big'), where b is
    // a str's UTF-8 encoding or the bytes / bytearray itself.
    std::string bytes(a.is(ObjKind::Str) ? strView(a) : std::string_view(a.as<BytesObj>()->data));
    auto digest = sha512(bytes);
    bytes.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    st.initByArray(wordsOfBigEndian(bytes));
    return;
  }
  if (a.isNone()) {
    const uint64_t s = splitmix64(vm.randomSeed() ^ splitmix64(st.unseededDraws++));
    key = {uint32_t(s), uint32_t(s >> 32)};
  } else if (isIntValue(a)) {
    BigInt n = bigOf(a);
    if (n.isNegative()) n = -n;
    while (!n.isZero()) {
      key.push_back(uint32_t((n & BigInt(int64_t(0xffffffff))).toInt64()));
      n = n.shiftRight(32);
    }
    if (key.empty()) key.push_back(0);
  } else if (a.isFloat()) {
    // _randommodule.c: any other object seeds with (size_t)hash(obj).
    const uint64_t h = hashValue(a);
    key = {uint32_t(h)};
    if (h >> 32) key.push_back(uint32_t(h >> 32));
  } else {
    raiseType("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  st.initByArray(key);
}

// random's functions are the methods of a hidden Random instance, most of
// them written in Python: their errors name Random.f() and count self.
void randomParams(Args a, const char* name, std::initializer_list<std::string_view> params, ParamShape shape) {
  std::vector<Value> withSelf{Value()};
  withSelf.insert(withSelf.end(), a.pos.begin(), a.pos.end());
  defParams(Args{withSelf, a.kw}, std::string("Random.") + name, params, shape);
}

Value r_seed(Interpreter& vm, Args a, const Value&) {
  randomParams(a, "seed", {"self", "a", "version"}, {.required = 1});
  const Value* kw = kwarg(a, "a");
  const Value* ver = argOrKwarg(a, 1, "version");
  int version = ver && ver->isInt() ? int(ver->asInt()) : 2;
  seedFrom(vm, state(vm), a.size() ? a[0] : kw ? *kw : Value(), version);
  return {};
}

// getstate(): (3, the 624 words and the index, gauss_next), as Lib/random.py.
Value r_getstate(Interpreter& vm, Args a, const Value&) {
  randomParams(a, "getstate", {"self"}, {.required = 1});
  RandomState& st = state(vm);
  std::vector<Value> words;
  for (int i = 0; i < RandomState::N; ++i) words.push_back(Value::integer(int64_t(st.mt[i])));
  words.push_back(Value::integer(st.mti));
  return newTuple(
      {Value::integer(3), newTuple(std::move(words)), st.hasGaussNext ? Value::floating(st.gaussNext) : Value()});
}

Value r_setstate(Interpreter& vm, Args a, const Value&) {
  randomParams(a, "setstate", {"self", "state"}, {.required = 2});
  const Value& s = *argOrKwarg(a, 0, "state");
  Value version = vm.getItem(s, Value::integer(0));
  const bool v2 = version.isInt() && version.asInt() == 2;
  if (!(version.isInt() && (version.asInt() == 3 || v2)))
    raiseValue("state with version " + vm.str(version) + " passed to Random.setstate() of version 3");
  if (!s.is(ObjKind::Tuple)) raiseType("Yieldscope's Random.setstate() needs the tuple getstate() gave");
  const auto& parts = s.as<TupleObj>()->items;
  if (parts.size() != 3)
    raiseValue(std::string(parts.size() > 3
                               ? "too many values to unpack (expected 3)"
                               : "not enough values to unpack (expected 3, got " + std::to_string(parts.size()) + ")"));
  if (!parts[1].is(ObjKind::Tuple)) raiseType("state vector must be a tuple");
  const auto& words = parts[1].as<TupleObj>()->items;
  if (words.size() != size_t(RandomState::N) + 1) raiseValue("state vector is the wrong size");
  RandomState& st = state(vm);
  uint32_t mt[RandomState::N];
  for (int i = 0; i < RandomState::N; ++i) {
    const Value& w = words[size_t(i)];
    if (!w.isInt() || ((w.asInt() < 0 || w.asInt() > 0xffffffffLL) && !v2))
      raiseType("state vector items must be 32-bit integers");
    mt[i] = uint32_t(uint64_t(w.asInt()));  // version 2 states are taken mod 2**32
  }
  const Value& index = words.back();
  if (!index.isInt() || index.asInt() < 0 || index.asInt() > RandomState::N) raiseValue("invalid state");
  std::copy(mt, mt + RandomState::N, st.mt);
  st.mti = int(index.asInt());
  if (parts[2].isNone()) {
    st.hasGaussNext = false;
  } else {
    st.hasGaussNext = true;
    st.gaussNext = parts[2].isFloat() ? parts[2].asFloat() : double(parts[2].asInt());
  }
  return {};
}

Value r_random(Interpreter& vm, Args a, const Value&) {
  noArgs(a, "Random.random");
  return Value::floating(state(vm).random());
}

Value r_getrandbits(Interpreter& vm, Args a, const Value&) {
  exactlyOne(a, "Random.getrandbits");
  if (a[0].isFloat()) raiseType("'float' object cannot be interpreted as an integer");
  const int64_t k = indexOf(a[0]);
  if (k < 0) raiseValue("number of bits must be non-negative");
  RandomState& st = state(vm);
  if (k <= 64) return newInt(BigInt::fromUnsigned(st.bits64(int(k))));
  return newInt(st.bitsBig(uint64_t(k)));
}

// randrange's _index(x) with CPython's messages for non-integers.
Value indexArg(Interpreter& vm, const Value& v, const char* which) {
  if (isIntValue(v)) return v.isBool() ? Value::integer(v.asInt()) : v;
  if (v.isFloat()) {
    double d = v.asFloat();
    if (std::isfinite(d) && d == std::floor(d)) return newInt(BigInt::fromDouble(d));
    raiseValue(std::string("non-integer ") + which + " for randrange()");
  }
  // random.py falls back to int(x) (whose error, e.g. for "a", is the one
  // seen) and refuses a value int() changes.
  vm.call(vm.builtin("int"), std::span<const Value>(&v, 1));
  raiseValue(std::string("non-integer ") + which + " for randrange()");
}

Value randrange(Interpreter& vm, const Value& start, const Value* stop, const Value* step) {
  Value istart = indexArg(vm, start, "arg 1");
  auto positive = [&](const Value& x) { return vm.lessThan(Value::integer(0), x); };
  if (!stop || stop->isNone()) {
    if (step) raiseType("Missing a non-None stop argument");
    if (positive(istart)) return state(vm).below(istart);
    raiseValue("empty range for randrange()");
  }
  Value istop = indexArg(vm, *stop, "stop");
  Value width = vm.binaryOp(int(ast::OpKind::Sub), istop, istart);
  Value istep = step ? indexArg(vm, *step, "step") : Value::integer(1);
  if (istep.isInt() && istep.asInt() == 1) {
    if (positive(width)) return vm.add(istart, state(vm).below(width));
    raiseValue("empty range for randrange() (" + vm.str(istart) + ", " + vm.str(istop) + ", " + vm.str(width) + ")");
  }
  Value n;
  if (positive(istep)) {
    n = vm.binaryOp(int(ast::OpKind::FloorDiv),
                    vm.binaryOp(int(ast::OpKind::Sub), vm.add(width, istep), Value::integer(1)), istep);
  } else if (vm.lessThan(istep, Value::integer(0))) {
    n = vm.binaryOp(int(ast::OpKind::FloorDiv), vm.add(vm.add(width, istep), Value::integer(1)), istep);
  } else {
    raiseValue("zero step for randrange()");
  }
  if (!positive(n)) raiseValue("empty range for randrange()");
  return vm.add(istart, vm.binaryOp(int(ast::OpKind::Mult), istep, state(vm).below(n)));
}

Value r_randrange(Interpreter& vm, Args a, const Value&) {
  randomParams(a, "randrange", {"self", "start", "stop", "step"}, {.required = 2});
  const Value* start = argOrKwarg(a, 0, "start");
  const Value* stop = argOrKwarg(a, 1, "stop");
  const Value* step = argOrKwarg(a, 2, "step");
  return randrange(vm, *start, stop, step);
}

Value r_randint(Interpreter& vm, Args a, const Value&) {
  randomParams(a, "randint", {"self", "a", "b"}, {.required = 3});
  Value stop = vm.add(*argOrKwarg(a, 1, "b"), Value::integer(1));
  return randrange(vm, *argOrKwarg(a, 0, "a"), &stop, nullptr);
}

Value r_choice(Interpreter& vm, Args a, const Value&) {
  randomParams(a, "choice", {"self", "seq"}, {.required = 2});
  const Value& seq = *argOrKwarg(a, 0, "seq");
  const int64_t n = vm.length(seq);
  if (n == 0) throwError(T().IndexError, "Cannot choose from an empty sequence");
  return vm.getItem(seq, Value::integer(state(vm).below(n)));
}

Value r_shuffle(Interpreter& vm, Args a, const Value&) {
  randomParams(a, "shuffle", {"self", "x"}, {.required = 2});
  const Value& x = *argOrKwarg(a, 0, "x");
  RandomState& st = state(vm);
  for (int64_t i = vm.length(x) - 1; i >= 1; --i) {
    const int64_t j = st.below(i + 1);
    Value vi = vm.getItem(x, Value::integer(i)), vj = vm.getItem(x, Value::integer(j));
    vm.setItem(x, Value::integer(i), vj);
    vm.setItem(x, Value::integer(j), vi);
  }
  return {};
}

Value r_uniform(Interpreter& vm, Args a, const Value&) {
  randomParams(a, "uniform", {"self", "a", "b"}, {.required = 3});
  const Value& low = *argOrKwarg(a, 0, "a");
  Value diff = vm.binaryOp(int(ast::OpKind::Sub), *argOrKwarg(a, 1, "b"), low);
  return vm.add(low, vm.binaryOp(int(ast::OpKind::Mult), diff, Value::floating(state(vm).random())));
}

Value r_gauss(Interpreter& vm, Args a, const Value&) {
  randomParams(a, "gauss", {"self", "mu", "sigma"}, {.required = 1});
  const Value* mu = argOrKwarg(a, 0, "mu");
  const Value* sigma = argOrKwarg(a, 1, "sigma");
  RandomState& st = state(vm);
  double z;
  if (st.hasGaussNext) {
    z = st.gaussNext;
    st.hasGaussNext = false;
  } else {
    const double x2pi = st.random() * (2 * M_PI);
    const double g2rad = std::sqrt(-2.0 * std::log(1.0 - st.random()));
    z = std::cos(x2pi) * g2rad;
    st.gaussNext = std::sin(x2pi) * g2rad;
    st.hasGaussNext = true;
  }
  Value m = mu ? *mu : Value::floating(0.0), s = sigma ? *sigma : Value::floating(1.0);
  return vm.add(m, vm.binaryOp(int(ast::OpKind::Mult), Value::floating(z), s));
}

// bisect.bisect_right(a, x, 0, hi)
int64_t bisectRight(Interpreter& vm, const std::vector<Value>& a, const Value& x, int64_t hi) {
  int64_t lo = 0;
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    if (vm.lessThan(x, a[size_t(mid)]))
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

// itertools.accumulate(values) as a list, with Python's +: choices' cum_weights
// from weights, sample's cumulative counts.
std::vector<Value> runningTotals(Interpreter& vm, const Value& values) {
  std::vector<Value> totals;
  forEach(vm, values, [&](const Value& v) {
    totals.push_back(totals.empty() ? v : vm.add(totals.back(), v));
    return true;
  });
  return totals;
}

Value r_choices(Interpreter& vm, Args a, const Value&) {
  randomParams(a, "choices", {"self", "population", "weights", "cum_weights", "k"},
               {.required = 2, .maxPositional = 3});
  const Value* pop = argOrKwarg(a, 0, "population");
  const Value* weights = argOrKwarg(a, 1, "weights");
  const Value* cum = kwarg(a, "cum_weights");
  const Value* kv = kwarg(a, "k");
  RandomState& st = state(vm);
  const int64_t n = vm.length(*pop);
  const int64_t k = kv ? indexOf(*kv) : 1;
  std::vector<Value> out;
  auto item = [&](int64_t i) { return vm.getItem(*pop, Value::integer(i)); };
  std::vector<Value> cw;
  if (!cum || cum->isNone()) {
    if (!weights || weights->isNone()) {
      const double nf = double(n);
      for (int64_t i = 0; i < k; ++i) out.push_back(item(int64_t(std::floor(st.random() * nf))));
      return newList(std::move(out));
    }
    if (isIntValue(*weights)) raiseType("The number of choices must be a keyword argument: k=" + vm.str(*weights));
    cw = runningTotals(vm, *weights);
  } else {
    if (weights && !weights->isNone()) raiseType("Cannot specify both weights and cumulative weights");
    cw = collect(vm, *cum);
  }
  if (int64_t(cw.size()) != n) raiseValue("The number of weights does not match the population");
  const double total = realOf(vm.add(cw.back(), Value::floating(0.0)));
  if (total <= 0.0) raiseValue("Total of weights must be greater than zero");
  if (!std::isfinite(total)) raiseValue("Total of weights must be finite");
  for (int64_t i = 0; i < k; ++i) out.push_back(item(bisectRight(vm, cw, Value::floating(st.random() * total), n - 1)));
  return newList(std::move(out));
}

bool isSequence(const Value& v) {
  return v.is(ObjKind::List) || v.is(ObjKind::Tuple) || v.is(ObjKind::Str) || v.is(ObjKind::Range);
}

Value r_sample(Interpreter& vm, Args a, const Value&) {
  randomParams(a, "sample", {"self", "population", "k", "counts"}, {.required = 3, .maxPositional = 3});
  const Value* pop = argOrKwarg(a, 0, "population");
  const Value* kv = argOrKwarg(a, 1, "k");
  const Value* counts = kwarg(a, "counts");
  if (!isSequence(*pop)) raiseType("Population must be a sequence.  For dicts or sets, use sorted(d).");
  const int64_t n = vm.length(*pop);
  RandomState& st = state(vm);
  if (counts && !counts->isNone()) {
    std::vector<Value> cum = runningTotals(vm, *counts);
    if (int64_t(cum.size()) != n) raiseValue("The number of counts does not match the population");
    Value total = cum.back();
    cum.pop_back();
    if (!isIntValue(total)) raiseType("Counts must be integers");
    if (!vm.lessThan(Value::integer(0), total)) raiseValue("Total of counts must be greater than zero");
    Value range = vm.call(vm.builtin("range"), std::span<const Value>(&total, 1));
    Value args[2] = {range, *kv};
    Value sel = r_sample(vm, Args{std::span<const Value>(args, 2), {}}, Value());
    std::vector<Value> out;
    for (const Value& s : sel.as<ListObj>()->items)
      out.push_back(vm.getItem(*pop, Value::integer(bisectRight(vm, cum, s, int64_t(cum.size())))));
    return newList(std::move(out));
  }
  if (kv->isFloat()) raiseType("'float' object cannot be interpreted as an integer");
  const int64_t k = indexOf(*kv);
  if (!(0 <= k && k <= n)) raiseValue("Sample larger than population or is negative");
  std::vector<Value> result(static_cast<size_t>(k));
  int64_t setsize = 21;
  if (k > 5) setsize += int64_t(std::pow(4.0, std::ceil(std::log(double(k * 3)) / std::log(4.0))));
  if (n <= setsize) {
    std::vector<Value> pool = collect(vm, *pop);
    for (int64_t i = 0; i < k; ++i) {
      const int64_t j = st.below(n - i);
      result[size_t(i)] = pool[size_t(j)];
      pool[size_t(j)] = pool[size_t(n - i - 1)];
    }
  } else {
    std::unordered_set<int64_t> selected;
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = st.below(n);
      while (selected.count(j)) j = st.below(n);
      selected.insert(j);
      result[size_t(i)] = vm.getItem(*pop, Value::integer(j));
    }
  }
  return newList(std::move(result));
}

// A Random instance keeps its own generator in this holder (its native state).
struct RandomHolder : NativeIterObj {
  RandomHolder() : NativeIterObj("random_state"), state(std::make_shared<RandomState>()) {}
  std::shared_ptr<RandomState> state;
  bool next(Interpreter&, Value&) override { return false; }
  uint32_t cpySize() const override { return 0; }
};

ClassObj* g_randomClass = nullptr;

const NativeEntry kFunctions[] = {
    {"seed", r_seed},           {"random", r_random},   {"getrandbits", r_getrandbits},
    {"randrange", r_randrange}, {"randint", r_randint}, {"choice", r_choice},
    {"choices", r_choices},     {"shuffle", r_shuffle}, {"sample", r_sample},
    {"uniform", r_uniform},     {"gauss", r_gauss},     {"getstate", r_getstate},
    {"setstate", r_setstate},
};

// Runs a module function on an instance's generator: the VM's current
// generator is swapped for the instance's while it runs.
struct UseState {
  Interpreter& vm;
  std::shared_ptr<RandomState> saved;
  UseState(Interpreter& v, std::shared_ptr<RandomState> s) : vm(v), saved(std::move(v.randomState())) {
    vm.randomState() = std::move(s);
  }
  ~UseState() { vm.randomState() = std::move(saved); }
};

std::shared_ptr<RandomState> instanceState(const Value& self) {
  if (!self.is(ObjKind::Instance) || !self.as<InstanceObj>()->cls->isSubclassOf(g_randomClass) ||
      !nativeState(self).is(ObjKind::NativeIter))
    raiseType("descriptor requires a 'random.Random' object");
  return static_cast<RandomHolder*>(nativeState(self).asObj())->state;
}

Value r_method(Interpreter& vm, Args a, const Value& data) {
  std::shared_ptr<RandomState> st = instanceState(selfArg(a));
  UseState use(vm, std::move(st));
  return kFunctions[data.asInt()].fn(vm, Args{a.pos.subspan(1), a.kw}, Value());
}

Value randomConstruct(Interpreter& vm, Args a, const Value& cls) {
  randomParams(a, "__init__", {"self", "x"}, {.required = 1});
  InstanceObj* inst = make<InstanceObj>(cls.is(ObjKind::Class) ? cls.as<ClassObj>() : g_randomClass);
  auto* holder = make<RandomHolder>();
  inst->args = Value::adopt(holder);
  Value self = Value::adopt(inst);
  const Value* x = argOrKwarg(a, 0, "x");
  seedFrom(vm, *holder->state, x ? *x : Value());
  return self;
}

}  // namespace

Value makeRandomModule(Interpreter& vm) {
  Value m = newModule("random");
  DictObj& d = moduleDict(m);
  static std::once_flag once;
  std::call_once(once, [] {
    g_randomClass = newNativeClass("Random", "random");
    g_randomClass->instancesTakeAttributes = true;
    g_randomClass->construct = randomConstruct;
    int64_t i = 0;
    for (const NativeEntry& e : kFunctions) addMethod(g_randomClass, e.name, r_method, Value::integer(i++));
  });
  addFunctions(d, kFunctions);
  d.setStr("Random", Value::object(g_randomClass));
  // Importing random seeds it as CPython does at import: seed(None).
  seedFrom(vm, state(vm), Value());
  return m;
}

}  // namespace ys
