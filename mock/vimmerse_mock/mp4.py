"""A small, real, decodable MP4 (H.264 baseline) written by hand.

The first frame is an IDR picture made of I_PCM macroblocks (raw samples, so no
transform or entropy coding is needed); every later frame is a P picture whose
macroblocks are all skipped, so it repeats the first frame in a few bytes. The
container is ftyp + mdat + moov with one `avc1` track. ffprobe/ffmpeg decode it and
`file` calls it "ISO Media, MP4 Base Media".
"""

from __future__ import annotations

import struct
from collections.abc import Callable

_MB = 16  # macroblock size in luma samples
_MAX_FRAME_NUM_BITS = 4  # log2_max_frame_num = 4, so frame_num counts 0..15

Shader = Callable[[int, int], tuple[int, int, int]]  # (x, y) -> Y, Cb, Cr


class _Bits:
    """MSB-first bit writer with the exp-Golomb codes that H.264 headers use."""

    def __init__(self) -> None:
        self._out = bytearray()
        self._acc = 0
        self._n = 0

    def u(self, bits: int, value: int) -> None:
        for shift in range(bits - 1, -1, -1):
            self._acc = (self._acc << 1) | ((value >> shift) & 1)
            self._n += 1
            if self._n == 8:
                self._out.append(self._acc)
                self._acc = 0
                self._n = 0

    def ue(self, value: int) -> None:
        code = value + 1
        length = code.bit_length()
        self.u(length - 1, 0)
        self.u(length, code)

    def se(self, value: int) -> None:
        self.ue(2 * value - 1 if value > 0 else -2 * value)

    def align_zero(self) -> None:
        while self._n:
            self.u(1, 0)

    def raw(self, data: bytes) -> None:
        assert self._n == 0, "raw bytes must start on a byte boundary"
        self._out += data

    def trailing(self) -> bytes:
        self.u(1, 1)  # rbsp_stop_one_bit
        self.align_zero()
        return bytes(self._out)


def _nal(header: int, rbsp: bytes) -> bytes:
    """NAL unit with emulation-prevention bytes (no start code: MP4 uses lengths)."""
    out = bytearray([header])
    zeros = 0
    for byte in rbsp:
        if zeros >= 2 and byte <= 3:
            out.append(3)
            zeros = 0
        out.append(byte)
        zeros = zeros + 1 if byte == 0 else 0
    return bytes(out)


def _sps(mbs_w: int, mbs_h: int, crop_right: int, crop_bottom: int) -> bytes:
    b = _Bits()
    b.u(8, 66)  # profile_idc: baseline
    b.u(8, 0xC0)  # constraint_set0 + constraint_set1
    b.u(8, 30)  # level 3.0
    b.ue(0)  # seq_parameter_set_id
    b.ue(_MAX_FRAME_NUM_BITS - 4)
    b.ue(2)  # pic_order_cnt_type 2: output order is decoding order
    b.ue(1)  # max_num_ref_frames
    b.u(1, 0)  # gaps_in_frame_num_value_allowed_flag
    b.ue(mbs_w - 1)
    b.ue(mbs_h - 1)
    b.u(1, 1)  # frame_mbs_only_flag
    b.u(1, 1)  # direct_8x8_inference_flag
    cropping = crop_right or crop_bottom
    b.u(1, 1 if cropping else 0)
    if cropping:
        # 4:2:0 frames crop in units of two samples.
        for offset in (0, crop_right // 2, 0, crop_bottom // 2):
            b.ue(offset)
    b.u(1, 0)  # vui_parameters_present_flag
    return _nal(0x67, b.trailing())


def _pps() -> bytes:
    b = _Bits()
    b.ue(0)  # pic_parameter_set_id
    b.ue(0)  # seq_parameter_set_id
    b.u(1, 0)  # entropy_coding_mode_flag: CAVLC
    b.u(1, 0)  # bottom_field_pic_order_in_frame_present_flag
    b.ue(0)  # num_slice_groups_minus1
    b.ue(0)  # num_ref_idx_l0_default_active_minus1
    b.ue(0)  # num_ref_idx_l1_default_active_minus1
    b.u(1, 0)  # weighted_pred_flag
    b.u(2, 0)  # weighted_bipred_idc
    b.se(0)  # pic_init_qp_minus26
    b.se(0)  # pic_init_qs_minus26
    b.se(0)  # chroma_qp_index_offset
    b.u(1, 0)  # deblocking_filter_control_present_flag
    b.u(1, 0)  # constrained_intra_pred_flag
    b.u(1, 0)  # redundant_pic_cnt_present_flag
    return _nal(0x68, b.trailing())


def _clip(v: int) -> int:
    # Stay inside video range: it also avoids long zero runs in the PCM payload.
    return max(16, min(235, v))


def _idr(mbs_w: int, mbs_h: int, shade: Shader) -> bytes:
    b = _Bits()
    b.ue(0)  # first_mb_in_slice
    b.ue(7)  # slice_type: I (all slices)
    b.ue(0)  # pic_parameter_set_id
    b.u(_MAX_FRAME_NUM_BITS, 0)  # frame_num
    b.ue(0)  # idr_pic_id
    b.u(1, 0)  # no_output_of_prior_pics_flag
    b.u(1, 0)  # long_term_reference_flag
    b.se(0)  # slice_qp_delta
    for my in range(mbs_h):
        for mx in range(mbs_w):
            b.ue(25)  # mb_type I_PCM
            b.align_zero()  # pcm_alignment_zero_bit
            luma = bytearray()
            cb = bytearray()
            cr = bytearray()
            for y in range(_MB):
                for x in range(_MB):
                    luma.append(_clip(shade(mx * _MB + x, my * _MB + y)[0]))
            for y in range(_MB // 2):
                for x in range(_MB // 2):
                    _, u, v = shade(mx * _MB + 2 * x, my * _MB + 2 * y)
                    cb.append(_clip(u))
                    cr.append(_clip(v))
            b.raw(bytes(luma + cb + cr))
    return _nal(0x65, b.trailing())


def _skipped_p(frame_num: int, mb_count: int) -> bytes:
    b = _Bits()
    b.ue(0)  # first_mb_in_slice
    b.ue(5)  # slice_type: P (all slices)
    b.ue(0)  # pic_parameter_set_id
    b.u(_MAX_FRAME_NUM_BITS, frame_num % (1 << _MAX_FRAME_NUM_BITS))
    b.u(1, 0)  # num_ref_idx_active_override_flag
    b.u(1, 0)  # ref_pic_list_modification_flag_l0
    b.u(1, 0)  # adaptive_ref_pic_marking_mode_flag
    b.se(0)  # slice_qp_delta
    b.ue(mb_count)  # mb_skip_run: every macroblock copies the reference
    return _nal(0x41, b.trailing())


def _box(kind: bytes, *parts: bytes) -> bytes:
    payload = b"".join(parts)
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _full_box(kind: bytes, version: int, flags: int, *parts: bytes) -> bytes:
    return _box(kind, struct.pack(">I", (version << 24) | flags), *parts)


_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def build_mp4(width: int, height: int, seconds: float, fps: int, shade: Shader) -> bytes:
    """An MP4 of `width` x `height` (rounded up to even) lasting about `seconds`."""
    width = max(2, width + (width & 1))
    height = max(2, height + (height & 1))
    mbs_w = -(-width // _MB)
    mbs_h = -(-height // _MB)
    frames = max(1, round(seconds * fps))
    sps = _sps(mbs_w, mbs_h, mbs_w * _MB - width, mbs_h * _MB - height)
    pps = _pps()
    samples = [_idr(mbs_w, mbs_h, shade)]
    samples += [_skipped_p(n, mbs_w * mbs_h) for n in range(1, frames)]
    # MP4 stores each sample as length-prefixed NAL units.
    samples = [struct.pack(">I", len(s)) + s for s in samples]

    ftyp = _box(b"ftyp", b"isom", struct.pack(">I", 0x200), b"isomiso2avc1mp41")
    mdat = _box(b"mdat", *samples)
    chunk_offset = len(ftyp) + 8

    timescale = fps * 1000
    delta = 1000
    duration = frames * delta
    movie_ms = duration * 1000 // timescale
    avcc = _box(
        b"avcC",
        bytes([1, 66, 0xC0, 30, 0xFF, 0xE1]),
        struct.pack(">H", len(sps)),
        sps,
        bytes([1]),
        struct.pack(">H", len(pps)),
        pps,
    )
    avc1 = _box(
        b"avc1",
        bytes(6),
        struct.pack(">H", 1),  # data_reference_index
        bytes(16),
        struct.pack(">HH", width, height),
        struct.pack(">II", 0x480000, 0x480000),  # 72 dpi
        bytes(4),
        struct.pack(">H", 1),  # frame_count
        bytes(32),  # compressorname
        struct.pack(">Hh", 0x18, -1),
        avcc,
    )
    stbl = _box(
        b"stbl",
        _full_box(b"stsd", 0, 0, struct.pack(">I", 1), avc1),
        _full_box(b"stts", 0, 0, struct.pack(">III", 1, frames, delta)),
        _full_box(b"stss", 0, 0, struct.pack(">II", 1, 1)),
        _full_box(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, frames, 1)),
        _full_box(
            b"stsz",
            0,
            0,
            struct.pack(">II", 0, frames),
            b"".join(struct.pack(">I", len(s)) for s in samples),
        ),
        _full_box(b"stco", 0, 0, struct.pack(">II", 1, chunk_offset)),
    )
    minf = _box(
        b"minf",
        _full_box(b"vmhd", 0, 1, bytes(8)),
        _box(b"dinf", _full_box(b"dref", 0, 0, struct.pack(">I", 1), _full_box(b"url ", 0, 1))),
        stbl,
    )
    mdia = _box(
        b"mdia",
        _full_box(b"mdhd", 0, 0, struct.pack(">IIIIHH", 0, 0, timescale, duration, 0x55C4, 0)),
        _full_box(b"hdlr", 0, 0, bytes(4), b"vide", bytes(12), b"VideoHandler\x00"),
        minf,
    )
    tkhd = _full_box(
        b"tkhd",
        0,
        3,  # enabled, in movie
        struct.pack(">IIII", 0, 0, 1, 0),
        struct.pack(">I", movie_ms),
        bytes(8),
        struct.pack(">hhhH", 0, 0, 0, 0),
        _MATRIX,
        struct.pack(">II", width << 16, height << 16),
    )
    mvhd = _full_box(
        b"mvhd",
        0,
        0,
        struct.pack(">IIII", 0, 0, 1000, movie_ms),
        struct.pack(">IH", 0x10000, 0x100),
        bytes(10),
        _MATRIX,
        bytes(24),
        struct.pack(">I", 2),  # next_track_ID
    )
    moov = _box(b"moov", mvhd, _box(b"trak", tkhd, mdia))
    return ftyp + mdat + moov
