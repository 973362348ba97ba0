dmff
():     yield from
