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

bool writeAll(int fd, const char* data, size_t n) {
  while (n > 0) {
    const ssize_t w = ::send(fd, data, n, MSG_NOSIGNAL);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += w;
    n -= size_t(w);
  }
  return true;
}

bool readAll(int fd, char* data, size_t n) {
  while (n > 0) {
    const ssize_t r = ::recv(fd, data, n, 0);
    if (r == 0) return false;
    if (r < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += r;
    n -= size_t(r);
  }
  return true;
}

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
    iovec iov{&h, sizeof h};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
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
  iovec iov{&h, sizeof h};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control;
  msg.msg_controllen = sizeof control;
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
