<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CanvasWidget</name>
    <message>
        <source>Shape and framing</source>
        <translation>画幅与取景</translation>
    </message>
    <message>
        <source>9:16 vertical</source>
        <translation>9:16 竖屏</translation>
    </message>
    <message>
        <source>For TikTok, Reels and Shorts</source>
        <translation>适用于 TikTok、Reels 和 Shorts</translation>
    </message>
    <message>
        <source>16:9 landscape</source>
        <translation>16:9 横屏</translation>
    </message>
    <message>
        <source>For YouTube, Amazon Live and web players</source>
        <translation>适用于 YouTube、Amazon Live 和网页播放器</translation>
    </message>
    <message>
        <source>Reset framing</source>
        <translation>重置取景</translation>
    </message>
    <message>
        <source>Tip: drag the preview to pan, scroll to zoom.</source>
        <translation>提示：拖动预览画面可平移，滚动鼠标滚轮可缩放。</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Pan left/right</source>
        <translation>左右平移</translation>
    </message>
    <message>
        <source>Pan up/down</source>
        <translation>上下平移</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Sales catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished">SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (e.g. 19.90 USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock for the live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try-on look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 product(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 product(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <source>No show loaded</source>
        <translation type="unfinished">未加载节目单</translation>
    </message>
    <message>
        <source>Check script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show lists no markets: add a line &apos;markets: US, DE&apos; to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script (%1): %2 blocking, %3 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the disclosure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>OrdersImportDialog</name>
    <message>
        <source>Import platform orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the order export (CSV) downloaded from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency when the file has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the buyer column (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished">SKU</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised: %1. Check the columns and import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layout is new to the studio: check the guessed columns below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 order line(s) imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 order(s) are timed outside this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR try-on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Camera lost — reconnecting</source>
        <translation>摄像头已断开 — 正在重新连接</translation>
    </message>
    <message>
        <source>Check the cable; the picture comes back by itself.</source>
        <translation>请检查连接线，画面恢复后会自动显示。</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>没有画面</translation>
    </message>
    <message>
        <source>The video file ended</source>
        <translation>视频文件已播放完毕</translation>
    </message>
    <message>
        <source>No source running</source>
        <translation>没有运行中的信号源</translation>
    </message>
    <message>
        <source>Pick a source on the left.</source>
        <translation>请在左侧选择一个信号源。</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>No sales session</source>
        <translation>没有进行中的销售场次</translation>
    </message>
    <message>
        <source>Qty </source>
        <translation>数量 </translation>
    </message>
    <message>
        <source>Catalog price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Log sale (F8)</source>
        <translation>记一单 (F8)</translation>
    </message>
    <message>
        <source>Undo last (Shift+F8)</source>
        <translation>撤销上一单 (Shift+F8)</translation>
    </message>
    <message>
        <source>Correct last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the quantity, price and coupon above to the last sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker note</source>
        <translation>标记备注</translation>
    </message>
    <message>
        <source>Marker (F7)</source>
        <translation>标记 (F7)</translation>
    </message>
    <message>
        <source>Start sales session</source>
        <translation>开始销售场次</translation>
    </message>
    <message>
        <source>Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the platform&apos;s order export and compare it with the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Logged #%1: %2 × %3 = %4</source>
        <translation>已记录 #%1：%2 × %3 = %4</translation>
    </message>
    <message>
        <source>No sale to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected #%1: %2 × %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的记录</translation>
    </message>
    <message>
        <source>Undone #%1: %2 × %3</source>
        <translation>已撤销 #%1：%2 × %3</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Marker: %1</source>
        <translation>标记：%1</translation>
    </message>
    <message>
        <source>Session ended: %1</source>
        <translation>场次已结束：%1</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>场次已开始</translation>
    </message>
    <message>
        <source>End sales session</source>
        <translation>结束销售场次</translation>
    </message>
    <message>
        <source>%1 orders · %2 units</source>
        <translation>%1 单 · %2 件</translation>
    </message>
    <message>
        <source>no FX rate: %1</source>
        <translation>缺少汇率：%1</translation>
    </message>
    <message>
        <source>%1% of target %2</source>
        <translation>已完成目标 %2 的 %1%</translation>
    </message>
    <message>
        <source>On screen: no segment yet</source>
        <translation>当前画面：尚未开始分段</translation>
    </message>
    <message>
        <source>On screen: %1 · %2</source>
        <translation>当前画面：%1 · %2</translation>
    </message>
    <message>
        <source>no product</source>
        <translation>无商品</translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一段</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一段 ▶</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>打开节目单…</translation>
    </message>
    <message>
        <source>No show loaded</source>
        <translation>未加载节目单</translation>
    </message>
    <message>
        <source>Open a run of show (.show.md) to step through its segments with PageDown / F9.</source>
        <translation>打开节目单（.show.md）后，可用 PageDown / F9 逐段切换。</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>共 %n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Next (PageDown or F9) to start the first segment.</source>
        <translation>按“下一段”（PageDown 或 F9）开始第一段。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 段 / 共 %2 段</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一段：%1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Start a source before recording.</source>
        <translation>请先启动信号源再录制。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The new language is used the next time the studio opens.</source>
        <translation>新语言将在下次打开直播间时生效。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>录制文件夹</translation>
    </message>
</context>
<context>
    <name>SourcesWidget</name>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Video file (rehearsal)</source>
        <translation>视频文件（彩排）</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>测试图案</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>正在查找摄像头…</translation>
    </message>
    <message>
        <source>Look for cameras and microphones again</source>
        <translation>重新查找摄像头和麦克风</translation>
    </message>
    <message numerus="yes">
        <source>%n fps</source>
        <translation>
            <numerusform>%n 帧/秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Loop the file</source>
        <translation>循环播放</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>信号源</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Audio file (rehearsal)</source>
        <translation>音频文件（彩排）</translation>
    </message>
    <message>
        <source>No audio</source>
        <translation>无音频</translation>
    </message>
    <message>
        <source>Looking for microphones…</source>
        <translation>正在查找麦克风…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation>未找到麦克风</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <source>Live Host Studio</source>
        <translation>Live Host Studio 直播间</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>信号源</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● 录制</translation>
    </message>
    <message>
        <source>Record the canvas and sound to a file (Ctrl+R)</source>
        <translation>将画布和声音录制到文件（Ctrl+R）</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>打开节目单…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Frames per second reaching the preview</source>
        <translation>每秒到达预览的帧数</translation>
    </message>
    <message>
        <source>Median time from capture to the composited canvas</source>
        <translation>从采集到合成画布的中位延迟</translation>
    </message>
    <message>
        <source>Camera frames replaced by newer ones before they were processed (the studio keeps the newest)</source>
        <translation>处理前被更新画面替换掉的摄像头帧（始终保留最新一帧）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Reload show</source>
        <translation>重新加载节目单</translation>
    </message>
    <message>
        <source>Start or stop recording</source>
        <translation>开始或停止录制</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>打开录制文件夹</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>节目(&amp;S)</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>下一段</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>上一段</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Live Host Studio</source>
        <translation>关于 Live Host Studio</translation>
    </message>
    <message>
        <source>Choose a video file on the left.</source>
        <translation>请在左侧选择一个视频文件。</translation>
    </message>
    <message>
        <source>The video file %1 is missing.</source>
        <translation>找不到视频文件 %1。</translation>
    </message>
    <message>
        <source>Choose an audio file; running without sound until then.</source>
        <translation>请选择音频文件；在此之前将无声运行。</translation>
    </message>
    <message>
        <source>Open a run of show</source>
        <translation>打开节目单</translation>
    </message>
    <message>
        <source>Show files (*.show.md *.md);;All files (*)</source>
        <translation>节目单文件 (*.show.md *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not open the show: %1</source>
        <translation>无法打开节目单：%1</translation>
    </message>
    <message>
        <source>Open show</source>
        <translation>打开节目单</translation>
    </message>
    <message>
        <source>%1 — Live Host Studio</source>
        <translation>%1 — Live Host Studio</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>Stop recording to change sources.</source>
        <translation>请先停止录制再切换信号源。</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>正在录制到 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Recording problem: %1</source>
        <translation>录制出错：%1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>live</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>— fps</source>
        <translation>— 帧/秒</translation>
    </message>
    <message>
        <source>latency —</source>
        <translation>延迟 —</translation>
    </message>
    <message>
        <source>dropped —</source>
        <translation>丢帧 —</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <source>latency %1 ms</source>
        <translation>延迟 %1 毫秒</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation>丢帧 %1</translation>
    </message>
    <message>
        <source>Live Host Studio %1</source>
        <translation>Live Host Studio %1</translation>
    </message>
    <message>
        <source>A recording is running. Stop it, save the file and quit?</source>
        <translation>正在录制。要停止录制、保存文件并退出吗？</translation>
    </message>
</context>
<context>
    <name>TryOnPanel</name>
    <message>
        <source>AR try-on on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the product on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lipstick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyeshadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyeliner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brow tint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glasses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunglasses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before / after split (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try-on starts with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try-on is unavailable; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product has no try-on look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face in view: nothing is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 (%2 ms a frame).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop is too busy for try-on: showing the product card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be drawn; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
