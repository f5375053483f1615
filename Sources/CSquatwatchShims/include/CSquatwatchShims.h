/*
 * Typed wrappers for the C APIs Swift 6 cannot call directly: curl's variadic
 * setopt/getinfo, zlib's inflateInit2/deflateInit2 macros, libxml2's xmlFree
 * global and OpenSSL's digests. Numeric curl options are taken as `long` or
 * `curl_off_t` so the C compiler performs the promotion libcurl expects.
 */
#ifndef C_SQUATWATCH_SHIMS_H
#define C_SQUATWATCH_SHIMS_H

#include <cJSON.h>
#include <curl/curl.h>
#include <zlib.h>
#include <stddef.h>
#include <stdint.h>

typedef size_t (*sqw_data_cb)(char *data, size_t size, size_t count, void *context);

/* libcurl */
CURLcode sqw_global_init(void);
CURLcode sqw_easy_set_long(CURL *handle, CURLoption option, long value);
CURLcode sqw_easy_set_offset(CURL *handle, CURLoption option, curl_off_t value);
CURLcode sqw_easy_set_string(CURL *handle, CURLoption option, const char *value);
CURLcode sqw_easy_set_pointer(CURL *handle, CURLoption option, void *value);
/* CURLOPT_WRITEFUNCTION or CURLOPT_HEADERFUNCTION. */
CURLcode sqw_easy_set_data_cb(CURL *handle, CURLoption option, sqw_data_cb callback);
CURLcode sqw_easy_info_long(CURL *handle, CURLINFO info, long *out);
CURLcode sqw_easy_info_offset(CURL *handle, CURLINFO info, curl_off_t *out);
CURLcode sqw_easy_info_string(CURL *handle, CURLINFO info, const char **out);
/* NULL when libcurl refuses any of the share's options: an unlocked share would race between threads. */
CURLSH *sqw_share_create_locked(void);
void sqw_share_destroy(CURLSH *share);
/* The version string of the linked libcurl ("7.88.1"). */
const char *sqw_curl_version(void);
/* 1 when the linked libcurl speaks HTTP/2 (it refuses CURLOPT_HTTP_VERSION 2 otherwise). */
int sqw_curl_has_http2(void);

/* libxml2. Its headers stay out of this header: they pull in the system ICU
 * headers, which clash with Foundation's own copy. Documents and nodes are
 * opaque here. */
typedef struct sqw_xml_doc sqw_xml_doc;
typedef struct sqw_xml_node sqw_xml_node;
void sqw_xml_init(void);
void sqw_xml_free(void *pointer);
/* Parses HTML leniently (recover, no network, no error output). NULL if nothing parsed. */
sqw_xml_doc *sqw_html_read(const char *buffer, int size, const char *encoding);
void sqw_xml_free_doc(sqw_xml_doc *doc);
sqw_xml_node *sqw_xml_root(sqw_xml_doc *doc);
sqw_xml_node *sqw_xml_first_child(sqw_xml_node *node);
sqw_xml_node *sqw_xml_next(sqw_xml_node *node);
/* 1 for an element, 2 for a comment, 0 for anything else. */
int sqw_xml_kind(sqw_xml_node *node);
/* The element's lowercased name; owned by the document. */
const char *sqw_xml_name(sqw_xml_node *node);
int sqw_xml_has_prop(sqw_xml_node *node, const char *name);
/* Caller frees with sqw_xml_free; NULL when absent. */
char *sqw_xml_get_prop(sqw_xml_node *node, const char *name);
/* Text content of the node and its descendants; caller frees with sqw_xml_free. */
char *sqw_xml_content(sqw_xml_node *node);

/* zlib */
int sqw_inflate_init_raw(z_stream *stream);
int sqw_inflate_init_gzip(z_stream *stream);
int sqw_deflate_init_raw(z_stream *stream, int level, int window_bits, int mem_level);
int sqw_deflate_init_gzip(z_stream *stream, int level);

/* cJSON: allocate from a per-thread arena that is rewound when its last allocation is freed. Call once, before
 * any thread uses cJSON. */
void sqw_cjson_use_arena(void);

/* OpenSSL digest: `out` must hold 32 bytes. Returns 1 on success. */
int sqw_sha256(const void *data, size_t length, unsigned char *out);

#endif
