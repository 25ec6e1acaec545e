#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <setjmp.h>
#include <jpeglib.h>
#include <jerror.h>

/* libjpeg reports an error by calling error_exit, whose default prints and ends the process. Swift cannot
 * call setjmp, so every libjpeg call that can fail is made from one of the wrappers below, right after its
 * own setjmp; error_exit jumps back there and the wrapper returns 0 with the message kept for Swift. */
typedef struct {
    struct jpeg_error_mgr manager;
    jmp_buf resume;
    char message[JMSG_LENGTH_MAX];
} tucai_jpeg_error;

static inline void tucai_jpeg_error_exit(j_common_ptr cinfo) {
    tucai_jpeg_error *error = (tucai_jpeg_error *)cinfo->err;
    (*cinfo->err->format_message)(cinfo, error->message);
    longjmp(error->resume, 1);
}

/* A warning (level -1) is corrupt data that libjpeg would paper over, a truncated file's missing rows
 * filled with grey: a registration photo must never be made from that, so it stops the work like an
 * error (libjpeg-turbo's TJFLAG_STOPONWARNING does the same). Trace messages (level >= 0) are dropped. */
static inline void tucai_jpeg_emit_message(j_common_ptr cinfo, int level) {
    if (level < 0) tucai_jpeg_error_exit(cinfo);
}

static inline void tucai_jpeg_output_message(j_common_ptr cinfo) { (void)cinfo; }

static inline void tucai_jpeg_error_init(tucai_jpeg_error *error) {
    jpeg_std_error(&error->manager);
    error->manager.error_exit = tucai_jpeg_error_exit;
    error->manager.emit_message = tucai_jpeg_emit_message;
    error->manager.output_message = tucai_jpeg_output_message;
    error->message[0] = 0;
}

/* ---- decompression ---- */

static inline int tucai_jpeg_create_decompress(j_decompress_ptr cinfo, tucai_jpeg_error *error) {
    tucai_jpeg_error_init(error);
    cinfo->err = &error->manager;
    if (setjmp(error->resume)) return 0;
    jpeg_create_decompress(cinfo);
    return 1;
}

static inline int tucai_jpeg_read_header(j_decompress_ptr cinfo, const unsigned char *bytes, unsigned long count) {
    tucai_jpeg_error *error = (tucai_jpeg_error *)cinfo->err;
    if (setjmp(error->resume)) return 0;
    jpeg_mem_src(cinfo, bytes, count);
    return jpeg_read_header(cinfo, TRUE) == JPEG_HEADER_OK;
}

/* Starts decompression and narrows it to the columns [*xoffset, *xoffset + *width), which libjpeg widens to
 * whole iMCUs: the columns outside are then never inverse-transformed. */
static inline int tucai_jpeg_start_decompress(j_decompress_ptr cinfo, JDIMENSION *xoffset, JDIMENSION *width) {
    tucai_jpeg_error *error = (tucai_jpeg_error *)cinfo->err;
    if (setjmp(error->resume)) return 0;
    if (!jpeg_start_decompress(cinfo)) return 0;
    if (*width < cinfo->output_width) jpeg_crop_scanline(cinfo, xoffset, width);
    else { *xoffset = 0; *width = cinfo->output_width; }
    return 1;
}

static inline int tucai_jpeg_skip_rows(j_decompress_ptr cinfo, JDIMENSION rows) {
    tucai_jpeg_error *error = (tucai_jpeg_error *)cinfo->err;
    if (setjmp(error->resume)) return 0;
    return jpeg_skip_scanlines(cinfo, rows) == rows;
}

static inline int tucai_jpeg_read_rows(j_decompress_ptr cinfo, unsigned char *buffer, size_t stride, JDIMENSION rows) {
    tucai_jpeg_error *error = (tucai_jpeg_error *)cinfo->err;
    if (setjmp(error->resume)) return 0;
    for (JDIMENSION done = 0; done < rows;) {
        JSAMPROW row = buffer + (size_t)done * stride;
        JDIMENSION read = jpeg_read_scanlines(cinfo, &row, 1);
        if (read == 0) return 0; /* a memory source never suspends: no progress means no more data */
        done += read;
    }
    return 1;
}

static inline int tucai_jpeg_finish_decompress(j_decompress_ptr cinfo) {
    tucai_jpeg_error *error = (tucai_jpeg_error *)cinfo->err;
    if (setjmp(error->resume)) return 0;
    return jpeg_finish_decompress(cinfo) ? 1 : 0;
}

/* ---- compression into a growing malloc'd buffer ---- */

/* Our own destination rather than jpeg_mem_dest: after an error jpeg_mem_dest may leave the caller's
 * pointer at a buffer it has already freed, while this one always knows which buffer to free. */
typedef struct {
    struct jpeg_destination_mgr manager;
    unsigned char *bytes;
    size_t capacity;
    size_t count;
} tucai_jpeg_output;

static inline void tucai_jpeg_output_start(j_compress_ptr cinfo) { (void)cinfo; }

static inline boolean tucai_jpeg_output_full(j_compress_ptr cinfo) {
    tucai_jpeg_output *output = (tucai_jpeg_output *)cinfo->dest;
    size_t used = output->capacity;
    size_t grown = output->capacity * 2;
    unsigned char *bigger = (unsigned char *)realloc(output->bytes, grown);
    if (bigger == NULL) ERREXIT1(cinfo, JERR_OUT_OF_MEMORY, 99);
    output->bytes = bigger;
    output->capacity = grown;
    output->manager.next_output_byte = bigger + used;
    output->manager.free_in_buffer = grown - used;
    return TRUE;
}

static inline void tucai_jpeg_output_end(j_compress_ptr cinfo) {
    tucai_jpeg_output *output = (tucai_jpeg_output *)cinfo->dest;
    output->count = output->capacity - output->manager.free_in_buffer;
}

static inline int tucai_jpeg_create_compress(j_compress_ptr cinfo, tucai_jpeg_error *error) {
    tucai_jpeg_error_init(error);
    cinfo->err = &error->manager;
    if (setjmp(error->resume)) return 0;
    jpeg_create_compress(cinfo);
    return 1;
}

/* Sets up an 8-bit RGB input of cinfo->image_width x image_height, written as baseline JPEG at `quality`
 * (as YCbCr, or as one grey component when `grayscale`), with a JFIF density of `dots_per_inch`. */
static inline int tucai_jpeg_start_compress(j_compress_ptr cinfo, tucai_jpeg_output *output, size_t capacity,
                                            int quality, int grayscale, unsigned int dots_per_inch) {
    tucai_jpeg_error *error = (tucai_jpeg_error *)cinfo->err;
    if (setjmp(error->resume)) return 0;
    if (capacity < 4096) capacity = 4096;
    output->bytes = (unsigned char *)malloc(capacity);
    if (output->bytes == NULL) ERREXIT1(cinfo, JERR_OUT_OF_MEMORY, 98);
    output->capacity = capacity;
    output->count = 0;
    output->manager.next_output_byte = output->bytes;
    output->manager.free_in_buffer = capacity;
    output->manager.init_destination = tucai_jpeg_output_start;
    output->manager.empty_output_buffer = tucai_jpeg_output_full;
    output->manager.term_destination = tucai_jpeg_output_end;
    cinfo->dest = &output->manager;
    cinfo->input_components = 3;
    cinfo->in_color_space = JCS_RGB;
    jpeg_set_defaults(cinfo);
    if (grayscale) jpeg_set_colorspace(cinfo, JCS_GRAYSCALE);
    jpeg_set_quality(cinfo, quality, TRUE);
    cinfo->write_JFIF_header = TRUE;
    cinfo->density_unit = 1; /* dots per inch */
    cinfo->X_density = (UINT16)dots_per_inch;
    cinfo->Y_density = (UINT16)dots_per_inch;
    jpeg_start_compress(cinfo, TRUE);
    return 1;
}

static inline int tucai_jpeg_write_marker(j_compress_ptr cinfo, int marker, const unsigned char *bytes, unsigned int count) {
    tucai_jpeg_error *error = (tucai_jpeg_error *)cinfo->err;
    if (setjmp(error->resume)) return 0;
    jpeg_write_marker(cinfo, marker, bytes, count);
    return 1;
}

static inline int tucai_jpeg_write_rows(j_compress_ptr cinfo, const unsigned char *buffer, size_t stride, JDIMENSION rows) {
    tucai_jpeg_error *error = (tucai_jpeg_error *)cinfo->err;
    if (setjmp(error->resume)) return 0;
    for (JDIMENSION done = 0; done < rows;) {
        JSAMPROW row = (JSAMPROW)(buffer + (size_t)done * stride);
        JDIMENSION written = jpeg_write_scanlines(cinfo, &row, 1);
        if (written == 0) return 0;
        done += written;
    }
    return 1;
}

static inline int tucai_jpeg_finish_compress(j_compress_ptr cinfo) {
    tucai_jpeg_error *error = (tucai_jpeg_error *)cinfo->err;
    if (setjmp(error->resume)) return 0;
    jpeg_finish_compress(cinfo);
    return 1;
}
