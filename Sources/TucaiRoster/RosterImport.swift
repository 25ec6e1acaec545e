// Roster import: CSV, encodings, GB 11643 checks (issue 4).
import TucaiKernel
