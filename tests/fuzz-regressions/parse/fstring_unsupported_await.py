x = f"{await{z}}}"
