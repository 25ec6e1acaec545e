// The campaign engine: one workflow for every institution (issue 4).
import TucaiKernel
