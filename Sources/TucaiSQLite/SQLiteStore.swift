// The SQLite implementation of the kernel's campaign store (issue 4).
import TucaiKernel
