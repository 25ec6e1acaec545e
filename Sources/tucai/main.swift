import TucaiCommands
TucaiCommandLine.main()
