#include "core/debug/ipc.h"

#include <cerrno>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace ys::ipc {

namespace {

// The frame: one byte of type, then the payload's length, then the payload.
struct Header {
  uint8_t type;
  uint64_t length;
} __attribute__((packed));

// Repeats one send or recv until all `n` bytes moved; false on an error or
// when the other end closed (a call that moved nothing).
template <typename Transfer>
bool transferAll(char* data, size_t n, Transfer transfer) {
  while (n > 0) {
    const ssize_t done = transfer(data, n);
    if (done < 0 && errno == EINTR) continue;
    if (done <= 0) return false;
    data += done;
    n -= size_t(done);
  }
  return true;
}

bool writeAll(int fd, const char* data, size_t n) {
  return transferAll(const_cast<char*>(data), n, [fd](char* p, size_t k) { return ::send(fd, p, k, MSG_NOSIGNAL); });
}

bool readAll(int fd, char* data, size_t n) {
  return transferAll(data, n, [fd](char* p, size_t k) { return ::recv(fd, p, k, 0); });
}

// A message over the header's bytes with room for one descriptor beside them.
struct HeaderMessage {
  iovec iov;
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  msghdr msg{};
  explicit HeaderMessage(Header& h) : iov{&h, sizeof h} {
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
  }
  HeaderMessage(const HeaderMessage&) = delete;
  HeaderMessage& operator=(const HeaderMessage&) = delete;
};

}  // namespace

std::pair<int, int> socketPair() {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
    throw std::runtime_error("cannot create a socket pair for the engine");
  return {fds[0], fds[1]};
}

void Channel::close() {
  if (m_fd >= 0) ::close(m_fd);
  m_fd = -1;
}

bool Channel::send(uint8_t type, std::string_view payload, int passFd) {
  if (m_fd < 0) return false;
  Header h{type, payload.size()};
  if (passFd < 0) {
    if (!writeAll(m_fd, reinterpret_cast<const char*>(&h), sizeof h)) return false;
  } else {
    // The descriptor rides on the header's bytes.
    HeaderMessage hm(h);
    msghdr& msg = hm.msg;
    cmsghdr* c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(c), &passFd, sizeof(int));
    ssize_t w;
    do {
      w = ::sendmsg(m_fd, &msg, MSG_NOSIGNAL);
    } while (w < 0 && errno == EINTR);
    if (w < 0) return false;
    if (size_t(w) < sizeof h && !writeAll(m_fd, reinterpret_cast<const char*>(&h) + w, sizeof h - size_t(w)))
      return false;
  }
  return writeAll(m_fd, payload.data(), payload.size());
}

bool Channel::receive(uint8_t& type, std::string& payload, int* passedFd) {
  if (passedFd) *passedFd = -1;
  if (m_fd < 0) return false;
  Header h{};
  // The first read collects a descriptor sent with the header, if any.
  HeaderMessage hm(h);
  msghdr& msg = hm.msg;
  ssize_t r;
  do {
    r = ::recvmsg(m_fd, &msg, MSG_CMSG_CLOEXEC);
  } while (r < 0 && errno == EINTR);
  if (r <= 0) return false;
  for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
      int fd;
      std::memcpy(&fd, CMSG_DATA(c), sizeof fd);
      if (passedFd)
        *passedFd = fd;
      else
        ::close(fd);
    }
  }
  if (size_t(r) < sizeof h && !readAll(m_fd, reinterpret_cast<char*>(&h) + r, sizeof h - size_t(r))) return false;
  type = h.type;
  payload.resize(h.length);
  return readAll(m_fd, payload.data(), h.length);
}

}  // namespace ys::ipc
