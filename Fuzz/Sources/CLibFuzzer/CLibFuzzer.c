// Empty: libFuzzer itself comes from the link (-sanitize=fuzzer); this target only declares its driver.
