# After a run of strings and a comment, the error points at the comment.
x = "\x1" "ok"  # a comment
