import TucaiCommands
Tucai.main()
