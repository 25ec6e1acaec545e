import TucaiKernel

// Online only (本次图像信息采集采取线上自助采集方式进行): no capture day, room, table, order or staff, so every
// scheduling requirement keeps the kernel's "not stated". The window, 集中采集时间 2022年12月20日至2023年1月8日,
// is the online capture's (School+Capture.swift); the workflow treats each of its days as a capture day.
