using System.Text;

namespace Hedershus.Tests.Media;

/// <summary>
/// Real, tiny files of each accepted format. The images were encoded once and their sizes checked by reading
/// the headers by hand (PNG IHDR, JPEG SOF0, GIF screen descriptor, WebP VP8/VP8L), so the tests do not
/// depend on the library under test to know what they contain.
/// </summary>
internal static class MediaSamples
{
    /// <summary>3 × 2 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAABHNCSVQICAgIfAhkiAAAABpJREFUCJljZGCo+K/BwMCgwcDAwMJgwwAHACmeAgnV0Q44AAAAAElFTkSuQmCC");

    /// <summary>4 × 3 baseline JPEG.</summary>
    public static readonly byte[] Jpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAADAAQDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAaEAACAgMAAAAAAAAAAAAAAAAABQIDFCSR/8QAFQEBAQAAAAAAAAAAAAAAAAAAAgP/xAAeEQACAQMFAAAAAAAAAAAAAAABAwACBCISEzFBkf/aAAwDAQACEQMRAD8Al1KNbhQ06uAAuxzNRyPsFm9uxRkeB2Z//9k=");

    /// <summary>5 × 2 GIF.</summary>
    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhBQACAIAAAP///wAAACwAAAAABQACAAACAoRRADs=");

    /// <summary>6 × 5 lossy WebP (VP8).</summary>
    public static readonly byte[] WebpLossy = Convert.FromBase64String(
        "UklGRlgAAABXRUJQVlA4IEwAAABwAgCdASoGAAUAAUAmJbACdLoA1AD9QAOzW4bYAP70xD84vDU1wJ1dVlHdUDl8zz1/j2f6q3zfXr8s/7R/QdO0+/jdv/v/9GBa8EAA");

    /// <summary>7 × 3 lossless WebP (VP8L).</summary>
    public static readonly byte[] WebpLossless = Convert.FromBase64String(
        "UklGRjwAAABXRUJQVlA4TDAAAAAvBoAAAKdAkG0zsALe/AqDMnjz34MMsPwACts2UkPH9AwR/Q9gy74uitfYjzTaPB8=");

    /// <summary>A one-page PDF.</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
        "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static readonly byte[] Svg = Encoding.UTF8.GetBytes(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>");

    public static readonly byte[] Text = Encoding.UTF8.GetBytes("Det här är bara text, ingen bild.\n");

    /// <summary>A PNG signature followed by garbage: it starts like a PNG but has no readable header.</summary>
    public static readonly byte[] BrokenPng = [.. Png[..8], .. Encoding.ASCII.GetBytes("this is not an IHDR chunk at all")];
}
