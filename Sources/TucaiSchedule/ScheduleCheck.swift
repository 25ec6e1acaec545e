// Schedule checker, planner and Gantt drawing (issue 3).
import TucaiKernel
