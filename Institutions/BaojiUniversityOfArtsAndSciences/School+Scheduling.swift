import TucaiKernel

// Online only: the notice announces no capture day, room, table, order or staff, so every scheduling
// requirement keeps the kernel's "not stated". The window, printed "2022 年 1月10日至23日", is the online
// capture's (School+Capture.swift); the workflow treats each of its days as a capture day.
