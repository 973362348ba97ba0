// ipc.h — framed messages between the session and its engine processes.
//
// The session runs Python only in child processes (see session.cpp): one
// records the run and leaves paused copies of itself (checkpoints) behind,
// and a cursor forked from a checkpoint replays to the step on screen. They
// talk over Unix stream sockets with small framed messages; a socket end can
// travel inside a message (SCM_RIGHTS), which is how a checkpoint hands the
// session the socket of a cursor it has just forked.
//
// Plain POSIX, no Qt. A Channel closes its descriptor when destroyed, and a
// process whose peer has gone sees end-of-file on its next receive.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ys::ipc {

class Channel {
 public:
  Channel() = default;
  explicit Channel(int fd) : m_fd(fd) {}
  ~Channel() { close(); }
  Channel(Channel&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
  Channel& operator=(Channel&& other) noexcept {
    if (this != &other) {
      close();
      m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
  }
  Channel(const Channel&) = delete;
  Channel& operator=(const Channel&) = delete;

  // Sends one message; `passFd` (if >= 0) travels with it. False when the
  // peer is gone.
  bool send(uint8_t type, std::string_view payload, int passFd = -1);
  // Waits for one message. False at end-of-file or on error. A descriptor
  // sent with the message is stored in *passedFd (else it is set to -1).
  bool receive(uint8_t& type, std::string& payload, int* passedFd = nullptr);

  int fd() const { return m_fd; }
  bool open() const { return m_fd >= 0; }
  int release() { return std::exchange(m_fd, -1); }
  void close();

 private:
  int m_fd = -1;
};

// A connected pair of stream sockets (close-on-exec).
std::pair<int, int> socketPair();

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};
template <class T>
struct IsPair : std::false_type {};
template <class A, class B>
struct IsPair<std::pair<A, B>> : std::true_type {};

// Little binary encoding for message payloads (same binary on both ends, so
// plain native byte order).
class Writer {
 public:
  template <class T>
  void pod(const T& v) {
    const char* p = reinterpret_cast<const char*>(&v);
    m_buf.append(p, sizeof v);
  }
  void u8(uint8_t v) { pod(v); }
  void u32(uint32_t v) { pod(v); }
  void u64(uint64_t v) { pod(v); }
  void i32(int32_t v) { pod(v); }
  void i64(int64_t v) { pod(v); }
  void str(std::string_view s) {
    u64(s.size());
    m_buf.append(s.data(), s.size());
  }
  void optStr(const std::optional<std::string>& s) {
    u8(s ? 1 : 0);
    if (s) str(*s);
  }
  void bytes(const void* data, size_t n) { m_buf.append(static_cast<const char*>(data), n); }
  std::string& buffer() { return m_buf; }

  // A message is described once, as a list of fields (see transfer() below),
  // and the Writer and the Reader walk the same list.
  template <class T>
  void operator()(const T& v) {
    if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) {
      pod(v);
    } else if constexpr (std::is_same_v<T, std::string>) {
      str(v);
    } else if constexpr (IsOptional<T>::value) {
      u8(v ? 1 : 0);
      if (v) (*this)(*v);
    } else if constexpr (IsVector<T>::value) {
      u64(v.size());
      for (const auto& item : v) (*this)(item);
    } else if constexpr (IsPair<T>::value) {
      (*this)(v.first);
      (*this)(v.second);
    } else {
      transfer(*this, v);  // the struct's own field list, found by argument-dependent lookup
    }
  }

 private:
  std::string m_buf;
};

class Reader {
 public:
  explicit Reader(std::string_view data) : m_data(data) {}
  template <class T>
  T pod() {
    T v{};
    if (m_pos + sizeof v > m_data.size()) {
      m_bad = true;
      return v;
    }
    std::memcpy(&v, m_data.data() + m_pos, sizeof v);
    m_pos += sizeof v;
    return v;
  }
  uint8_t u8() { return pod<uint8_t>(); }
  uint32_t u32() { return pod<uint32_t>(); }
  uint64_t u64() { return pod<uint64_t>(); }
  int32_t i32() { return pod<int32_t>(); }
  int64_t i64() { return pod<int64_t>(); }
  std::string str() {
    const uint64_t n = u64();
    if (m_bad || m_pos + n > m_data.size()) {
      m_bad = true;
      return {};
    }
    std::string s(m_data.substr(m_pos, n));
    m_pos += n;
    return s;
  }
  std::optional<std::string> optStr() {
    if (!u8()) return std::nullopt;
    return str();
  }
  std::string_view rest() const { return m_data.substr(std::min(m_pos, m_data.size())); }
  bool bad() const { return m_bad; }

  // Reads what Writer::operator() wrote for the same type; a short or
  // corrupt message sets bad() and leaves the rest default.
  template <class T>
  void operator()(T& v) {
    if (m_bad) return;
    if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) {
      v = pod<T>();
    } else if constexpr (std::is_same_v<T, std::string>) {
      v = str();
    } else if constexpr (IsOptional<T>::value) {
      v.reset();
      if (u8()) (*this)(v.emplace());
    } else if constexpr (IsVector<T>::value) {
      const uint64_t n = u64();
      if (n > m_data.size() - std::min(m_pos, m_data.size())) {  // each item takes a byte at least
        m_bad = true;
        return;
      }
      v.resize(n);
      for (auto& item : v) (*this)(item);
    } else if constexpr (IsPair<T>::value) {
      (*this)(v.first);
      (*this)(v.second);
    } else {
      transfer(*this, v);
    }
  }

 private:
  std::string_view m_data;
  size_t m_pos = 0;
  bool m_bad = false;
};

// A struct's field list, written once for both ends:
//   template <class A, ipc::Either<Foo> S> void transfer(A& a, S& foo) { a(foo.x); a(foo.name); }
// S is Foo when reading and const Foo when writing.
template <class S, class T>
concept Either = std::is_same_v<std::remove_const_t<S>, T>;

template <class T>
std::string encode(const T& message) {
  Writer w;
  w(message);
  return std::move(w.buffer());
}

template <class T>
bool decode(std::string_view data, T& message) {
  Reader r(data);
  r(message);
  return !r.bad();
}

}  // namespace ys::ipc
